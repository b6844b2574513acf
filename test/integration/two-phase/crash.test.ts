// A custom node's two-phase external call on the real stack: Postgres, a Temporal dev server and the
// production worker (apps/worker/src/main.ts) as a child process, loading the node package from a
// wayfarer.config.json. The worker is SIGKILLed (a) while the CRM holds the call it has already
// applied, and (b) after the call returned and its result was stored, while the commit waits on a
// row lock. Each time the step commits once: one receipt, one trail entry, one attribute write.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createSecretBox } from '@wayfarer/channels';
import { loadNodeRegistry, readWayfarerConfig } from '@wayfarer/config';
import { saveWorkspaceSecret } from '@wayfarer/db';
import { sealWorkspaceSecret } from '@wayfarer/node-services';
import type { NodeRegistry } from '@wayfarer/nodes';
import { JOURNEY_WORKFLOW, type JourneyWorkflow } from '@wayfarer/workflows';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../support/eventually';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';
import { enrolInPublishedJourney, killProcess, spawnWorkerProcess } from '../exactly-once/support';
import { startRemoteCrm, type RemoteCrm } from './remote-crm';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), 'crm-sync-package');
const key = randomBytes(32);
const box = createSecretBox(key);
const token = 'crm-token-5c2e';

let database: TestDatabase;
let env: TestWorkflowEnvironment;
let bundlePath: string;
let configDir: string;
let nodes: NodeRegistry;

/** A folder with the config and the package installed beside it, as a deployment has them. */
async function installPackage(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wayfarer-crm-sync-'));
  await mkdir(join(dir, 'node_modules/@acme-test'), { recursive: true });
  await symlink(packageDir, join(dir, 'node_modules/@acme-test/crm-sync'), 'dir');
  await writeFile(join(dir, 'wayfarer.config.json'), JSON.stringify({ nodePackages: ['@acme-test/crm-sync'] }));
  return dir;
}

beforeAll(async () => {
  configDir = await installPackage();
  [database, env, nodes, { codePath: bundlePath }] = await Promise.all([
    createTestDatabase('two_phase_crash'),
    createDevServerEnv(),
    loadNodeRegistry(readWayfarerConfig(join(configDir, 'wayfarer.config.json'))),
    bundleJourneyWorkflows(),
  ]);
}, 120_000);

afterAll(async () => {
  await env?.teardown();
  await database?.drop();
  if (configDir) await rm(configDir, { recursive: true, force: true });
});

const syncJourney = (crmUrl: string) => ({
  nodes: [
    { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'joined' } } },
    { id: 'sync', type: 'acme.crm-sync', data: { typeVersion: 1, config: { crmUrl } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'sync' },
    { id: 'e2', source: 'sync', sourceHandle: 'synced', target: 'end' },
  ],
});

/** Publishes the journey, stores the CRM token as the workspace's secret and starts the first worker. */
async function startRun(crm: RemoteCrm, name: string) {
  const run = await enrolInPublishedJourney(database.db, nodes, syncJourney(crm.url), name);
  const sealedValue = sealWorkspaceSecret(box, run.input.workspaceId, 'acme.crm.token', token);
  await saveWorkspaceSecret(database.db, { workspaceId: run.input.workspaceId, name: 'acme.crm.token', sealedValue });
  const taskQueue = `two-phase-${randomUUID()}`;
  const spawn = () =>
    spawnWorkerProcess({
      databaseUrl: database.url,
      env,
      taskQueue,
      bundlePath,
      extraEnv: {
        WAYFARER_CONFIG: join(configDir, 'wayfarer.config.json'),
        WAYFARER_SECRET_KEY: key.toString('base64'),
        WAYFARER_OUTBOUND_ALLOW: '127.0.0.1',
      },
    });
  const first = spawn();
  const handle = await env.client.workflow.start<JourneyWorkflow>(JOURNEY_WORKFLOW, {
    taskQueue,
    workflowId: run.workflowId,
    args: [run.input],
  });
  return { run, spawn, first, handle };
}

const stepCall = (enrollmentId: string) =>
  database.db.selectFrom('stepCalls').selectAll().where('enrollmentId', '=', enrollmentId).executeTakeFirst();

/** What the step committed: its receipts, its trail and the customer's attributes. */
async function committed(enrollmentId: string, customerId: string) {
  const [receipts, trail, customer, calls] = await Promise.all([
    database.db
      .selectFrom('stepRuns')
      .select(['idempotencyKey', 'port'])
      .where('enrollmentId', '=', enrollmentId)
      .where('stepId', '=', 'sync')
      .execute(),
    database.db
      .selectFrom('stepEvents')
      .select(['kind', 'port'])
      .where('enrollmentId', '=', enrollmentId)
      .where('stepId', '=', 'sync')
      .orderBy('kind')
      .execute(),
    database.db.selectFrom('customers').select('attributes').where('id', '=', customerId).executeTakeFirstOrThrow(),
    database.db.selectFrom('stepCalls').select('idempotencyKey').where('enrollmentId', '=', enrollmentId).execute(),
  ]);
  return { receipts, trail, attributes: customer.attributes, stepCalls: calls.length };
}

/** What `committed` reads once the step committed exactly once under `idempotencyKey`. */
const committedOnce = (idempotencyKey: string | undefined) => ({
  receipts: [{ idempotencyKey, port: 'synced' }],
  trail: [
    { kind: 'entered', port: null },
    { kind: 'left', port: 'synced' },
  ],
  attributes: expect.objectContaining({ crm_contact_id: 'contact-1', crm_syncs: 1 }) as unknown,
  stepCalls: 0,
});

/** Sessions of the test database other than this one, as Postgres sees them. */
async function otherSessions(client: pg.Client) {
  const { rows } = await client.query<{ state: string | null; wait: string | null }>(
    `select state, wait_event_type as wait from pg_stat_activity
     where datname = current_database() and pid <> pg_backend_pid()`,
  );
  return rows;
}

describe('a two-phase custom node when the worker dies', () => {
  it('killed mid-call: the retry sends the same key, the CRM applies it once, the step commits once', async () => {
    const crm = await startRemoteCrm('never');
    const { run, spawn, first, handle } = await startRun(crm, 'in-flight');
    const watcher = new pg.Client({ connectionString: database.url });
    await watcher.connect();
    let second: ReturnType<typeof spawn> | undefined;
    try {
      await crm.received(1);
      const inFlight = await stepCall(run.input.enrollmentId);
      expect(inFlight).toMatchObject({ status: 'calling', attempts: 1, nodeType: 'acme.crm-sync' });
      // While the CRM holds the call, the worker holds no transaction and no step lock.
      const sessions = await otherSessions(watcher);
      expect(sessions.filter((session) => session.state?.startsWith('idle in transaction'))).toEqual([]);
      const { rows: locks } = await watcher.query(
        `select 1 from pg_locks where locktype = 'advisory'
         and database = (select oid from pg_database where datname = current_database())`,
      );
      expect(locks).toEqual([]);

      await killProcess(first, 'SIGKILL');
      second = spawn();
      // The activity is retried once its start-to-close timeout (1 minute) expires.
      expect((await handle.result()).outcome).toBe('completed');

      expect(crm.calls).toHaveLength(2);
      expect(crm.calls.map((call) => call.idempotencyKey)).toEqual([
        inFlight?.idempotencyKey,
        inFlight?.idempotencyKey,
      ]);
      expect(crm.calls.every((call) => call.authorization === `Bearer ${token}`)).toBe(true);
      expect([...crm.applied.values()]).toEqual(['contact-1']);
      expect(await committed(run.input.enrollmentId, run.input.customerId)).toEqual(
        committedOnce(inFlight?.idempotencyKey),
      );
    } finally {
      await killProcess(first, 'SIGKILL');
      if (second) await killProcess(second, 'SIGTERM');
      await watcher.end();
      await crm.close();
    }
  }, 240_000);

  it('killed after the call returned, before the commit: the stored result commits once, no second call', async () => {
    const crm = await startRemoteCrm('when-released');
    const { run, spawn, first, handle } = await startRun(crm, 'returned');
    const locker = new pg.Client({ connectionString: database.url });
    await locker.connect();
    let second: ReturnType<typeof spawn> | undefined;
    try {
      await crm.received(1);
      // The commit writes the customer's attributes: holding their row makes it wait there.
      await locker.query('begin');
      await locker.query('select 1 from customers where id = $1 for update', [run.input.customerId]);
      crm.release();
      await eventually(async () =>
        (await stepCall(run.input.enrollmentId))?.status === 'returned' ? true : undefined,
      );
      await eventually(async () =>
        (await otherSessions(locker)).some((session) => session.wait === 'Lock') ? true : undefined,
      );
      await killProcess(first, 'SIGKILL');
      await locker.query('rollback');
      // The dead worker's transaction is rolled back: nothing of the step is committed.
      await eventually(async () => ((await otherSessions(locker)).length === 0 ? true : undefined));
      const afterCrash = await committed(run.input.enrollmentId, run.input.customerId);
      expect(afterCrash).toMatchObject({ receipts: [], trail: [], stepCalls: 1 });
      expect(afterCrash.attributes).not.toHaveProperty('crm_syncs');
      const stored = await stepCall(run.input.enrollmentId);
      expect(stored).toMatchObject({ status: 'returned', attempts: 1, result: { contactId: 'contact-1' } });

      second = spawn();
      expect((await handle.result()).outcome).toBe('completed');

      // The CRM saw the key once: the retry used the stored result instead of calling again.
      expect(crm.calls.map((call) => call.idempotencyKey)).toEqual([stored?.idempotencyKey]);
      expect(await committed(run.input.enrollmentId, run.input.customerId)).toEqual(
        committedOnce(stored?.idempotencyKey),
      );
    } finally {
      await killProcess(first, 'SIGKILL');
      if (second) await killProcess(second, 'SIGTERM');
      await locker.end();
      await crm.close();
    }
  }, 240_000);
});
