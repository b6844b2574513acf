// THE ISOLATION TEST (issue 8). Every tRPC procedure, read from the router itself, is called
// (a) with workspace B's credentials (its API key, and an owner's session) on workspace A's ids:
//     refused as NOT_FOUND / FORBIDDEN, or answering with nothing of A's;
// (b) by a member of A of every role below the procedure's required role: FORBIDDEN;
// (c) with no credentials: UNAUTHORIZED.
// A procedure without an entry in samples.ts fails the test. The HTTP routes (ingest, the LINE
// webhook, the CSV export) are called with B's credentials too.
import { createHmac, randomBytes } from 'node:crypto';
import { createSecretBox } from '@wayfarer/channels';
import { createApiKey, createWorkspace } from '@wayfarer/db';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../apps/server/src/services';
import { roleAtLeast, roles, type Role } from '../../../apps/server/src/accounts/roles';
import { requiredRole } from '../../../apps/server/src/trpc/trpc';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { createDevServerEnv } from '../../support/temporal';
import { startTestServer, type TestServer } from '../server/support';
import { callerFor, callPath, routerProcedures, type Credential, type Outcome } from './callers';
import { buildWorkspaceA, memberSession, SECRET_NAME, secretsOf, type WorkspaceA } from './fixture';
import { samples, type Sample } from './samples';

let env: TestWorkflowEnvironment;
let test: TestServer;
let services: Services;
let a: WorkspaceA;
let table: Record<string, Sample>;
let b: { workspaceId: string; fullKey: string; owner: Credential; lineSecret: string };
const procedures = routerProcedures();

beforeAll(async () => {
  env = await createDevServerEnv();
  const secretBox = createSecretBox(randomBytes(32));
  test = await startTestServer('isolation', { temporal: env.client, taskQueue: 'isolation', secretBox });
  const registry = createNodeRegistry(builtinNodeTypes);
  services = createServices({
    db: test.database.db,
    temporal: env.client,
    registry,
    taskQueue: 'isolation',
    secretBox,
  });
  a = await buildWorkspaceA(test.database.db, (key) => callerFor(services, { apiKey: key }), 'iso');
  table = samples(a, 0);
  const workspaceB = await createWorkspace(test.database.db, 'Bravo');
  const keyB = await createApiKey(test.database.db, { workspaceId: workspaceB.id, name: 'b', scope: 'full' });
  const ownerB = await memberSession(test.database.db, workspaceB.id, 'owner', 'owner@bravo.example', 'Bravo owner');
  b = { workspaceId: workspaceB.id, fullKey: keyB.key, owner: { session: ownerB }, lineSecret: 'b'.repeat(32) };
  // Both workspaces have a LINE channel, so the webhook can be tried with B's secret on A's channel.
  const line = (secret: string, id: string) => ({
    channel: 'line' as const,
    config: { channelId: id, channelSecret: secret, channelAccessToken: 'token' },
  });
  await callerFor(services, { apiKey: a.fullKey }).channels.save(line('a'.repeat(32), '1650000001'));
  await callerFor(services, { apiKey: b.fullKey }).channels.save(line(b.lineSecret, '1650000002'));
}, 120_000);

afterAll(async () => {
  await test?.close();
  await env?.teardown();
});

function describeOutcome(outcome: Outcome): string {
  return outcome.ok
    ? `succeeded with ${JSON.stringify(outcome.value)?.slice(0, 300)}`
    : `${outcome.code}: ${outcome.message}`;
}

function leaked(outcome: Outcome): string[] {
  if (!outcome.ok) return [];
  const text = JSON.stringify(outcome.value ?? null);
  return secretsOf(a).filter((secret) => text.includes(secret));
}

const workspaceProcedures = () => procedures.filter(({ path }) => !('public' in (table[path] ?? { public: '' })));

describe('isolation of workspaces and roles', () => {
  it('has a sample input for every procedure of the router', () => {
    const missing = procedures.map(({ path }) => path).filter((path) => table[path] === undefined);
    expect(missing, 'add these procedures to test/integration/isolation/samples.ts').toEqual([]);
    expect(procedures.length).toBeGreaterThan(50);
  });

  it('refuses every workspace procedure without credentials', async () => {
    const failures: string[] = [];
    for (const { path } of workspaceProcedures()) {
      const outcome = await callPath(callerFor(services, 'anonymous'), path, (table[path] as { input: unknown }).input);
      if (outcome.ok || outcome.code !== 'UNAUTHORIZED') failures.push(`${path}: ${describeOutcome(outcome)}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses each role below the one a procedure needs', async () => {
    const failures: string[] = [];
    let checks = 0;
    for (const { path, type, meta } of workspaceProcedures()) {
      const required = requiredRole(meta as { role?: Role } | undefined, type);
      for (const role of roles.filter((held) => !roleAtLeast(held, required))) {
        checks += 1;
        const outcome = await callPath(
          callerFor(services, { session: a.sessions[role] }),
          path,
          (table[path] as { input: unknown }).input,
        );
        if (outcome.ok || outcome.code !== 'FORBIDDEN')
          failures.push(`${path} as ${role} (needs ${required}): ${describeOutcome(outcome)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checks).toBeGreaterThan(50);
  });

  for (const [run, credential] of (['api key', 'owner session'] as const).entries()) {
    it(`keeps A's things from B's ${credential}`, async () => {
      const asB = callerFor(services, credential === 'api key' ? { apiKey: b.fullKey } : b.owner);
      const inputs = samples(a, run + 1);
      const failures: string[] = [];
      for (const { path } of workspaceProcedures()) {
        const outcome = await callPath(asB, path, (inputs[path] as { input: unknown }).input);
        const refused = !outcome.ok && (outcome.code === 'NOT_FOUND' || outcome.code === 'FORBIDDEN');
        const harmless = outcome.ok && leaked(outcome).length === 0;
        if (!refused && !harmless) failures.push(`${path}: ${describeOutcome(outcome)} ${leaked(outcome).join(', ')}`);
      }
      expect(failures).toEqual([]);
    }, 120_000);
  }

  it('leaves A intact after all of B’s attempts', async () => {
    const asA = callerFor(services, { apiKey: a.fullKey });
    expect(await asA.journeys.get({ journeyId: a.journeyId })).toMatchObject({
      name: expect.stringContaining('Alpha-secret') as unknown,
    });
    expect(await asA.segments.get({ id: a.segmentId })).toMatchObject({ archivedAt: null });
    expect(await asA.messageTemplates.get({ id: a.templateId })).toMatchObject({ name: 'Alpha-secret template' });
    expect((await asA.members.list()).members.find((member) => member.userId === a.ownerUserId)?.role).toBe('owner');
    expect(await asA.customers.get({ customerId: a.customerId })).toBeDefined();
    expect((await asA.workspaceSecrets.list()).map((secret) => secret.name)).toEqual([SECRET_NAME]);
  });
});

describe('isolation of the HTTP routes', () => {
  it('files B’s ingested events under B, never under A’s customer of the same id', async () => {
    const response = await test.server.app.inject({
      method: 'POST',
      url: '/v1/identify',
      headers: { authorization: `Bearer ${b.fullKey}` },
      payload: { userId: a.externalId, traits: { city: 'Hijacked' } },
    });
    expect(response.statusCode).toBeLessThan(300);
    const rows = await test.database.db
      .selectFrom('customers')
      .select(['workspaceId', 'attributes'])
      .where('externalId', '=', a.externalId)
      .execute();
    const inA = rows.find((row) => row.workspaceId === a.workspaceId);
    expect(inA?.attributes).not.toMatchObject({ city: 'Hijacked' });
    expect(rows.find((row) => row.workspaceId === b.workspaceId)?.attributes).toMatchObject({ city: 'Hijacked' });
  });

  it('answers 404 for A’s CSV export with B’s key', async () => {
    const response = await test.server.app.inject({
      method: 'GET',
      url: `/v1/journeys/${a.journeyId}/stats.csv`,
      headers: { authorization: `Bearer ${b.fullKey}` },
    });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Alpha-secret');
  });

  it('refuses a LINE webhook for A’s channel signed with B’s secret', async () => {
    const body = JSON.stringify({
      destination: 'U0',
      events: [
        {
          type: 'follow',
          timestamp: Date.now(),
          source: { type: 'user', userId: 'Uhijack' },
          webhookEventId: 'x',
          deliveryContext: { isRedelivery: false },
          mode: 'active',
        },
      ],
    });
    const signature = createHmac('sha256', b.lineSecret).update(body).digest('base64');
    for (const ref of [a.workspaceId, '1650000001']) {
      const response = await test.server.app.inject({
        method: 'POST',
        url: `/v1/webhooks/line/${ref}`,
        headers: {
          'content-type': 'application/json',
          'x-line-signature': signature,
          authorization: `Bearer ${b.fullKey}`,
        },
        payload: body,
      });
      expect(response.statusCode, ref).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, ref).toBeLessThan(500);
    }
    const hijacked = await test.database.db
      .selectFrom('customerIdentities')
      .select('workspaceId')
      .where('value', '=', 'Uhijack')
      .execute();
    expect(hijacked).toEqual([]);
  });

  it('refuses an ingest-scope key on tRPC', async () => {
    const ingestKey = await createApiKey(test.database.db, {
      workspaceId: b.workspaceId,
      name: 'ingest',
      scope: 'ingest',
    });
    const outcome = await callPath(callerFor(services, { apiKey: ingestKey.key }), 'journeys.list', {});
    expect(outcome).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
