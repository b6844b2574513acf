import { randomBytes, randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { createSecretBox, sealChannelConfig, type ChannelConfigInput, type SecretBox } from '@wayfarer/channels';
import {
  bindIdentities,
  createDb,
  createWorkspace,
  enrollCustomer,
  saveChannelCredentials,
  saveMessagingSettings,
  upsertCustomer,
  type Db,
  type IdentityKind,
} from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import type { NodeRegistry } from '@wayfarer/nodes';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import { createSendServices, type SendServices } from '@wayfarer/delivery';
import { startJourneyWorker } from '@wayfarer/worker';
import {
  JOURNEY_WORKFLOW,
  journeyWorkflowId,
  type JourneyWorkflow,
  type JourneyWorkflowInput,
} from '@wayfarer/workflows';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { publishGraph } from '../../support/publish-graph';
import { bundleJourneyWorkflows, createTimeSkippingEnv } from '../../support/temporal';

export const lineUserId = `U${'4af3'.repeat(8)}`;

/** A secret box and the send services a worker gets from it, on a pool of their own (as in production). */
export function sendingFor(url: string): { key: Buffer; box: SecretBox; send: SendServices; close(): Promise<void> } {
  const key = randomBytes(32);
  const box = createSecretBox(key);
  const db = createDb({ url });
  const send = createSendServices({ db, box, unsubscribe: { baseUrl: 'http://127.0.0.1:3000', key } });
  return { key, box, send, close: () => db.destroy() };
}

/** A database, a time-skipping Temporal server and a journey worker with real channels, for one test file. */
export interface SendingHarness {
  database: TestDatabase;
  env: TestWorkflowEnvironment;
  runtimes: RuntimeRegistry;
  box: SecretBox;
  /** The unsubscribe link key of the worker's send services. */
  linkKey: Buffer;
  taskQueue: string;
  stop(): Promise<void>;
}

export async function startSendingHarness(label: string): Promise<SendingHarness> {
  const [database, env, runtimes, bundle] = await Promise.all([
    createTestDatabase(label),
    createTimeSkippingEnv(),
    loadRuntimeRegistry(),
    bundleJourneyWorkflows(),
  ]);
  const sending = sendingFor(database.url);
  const taskQueue = `${label}-${randomUUID()}`;
  const worker = await startJourneyWorker({
    db: database.db,
    connection: env.nativeConnection,
    namespace: 'default',
    taskQueue,
    runtimes,
    workflowBundle: bundle,
    send: sending.send,
  });
  return {
    database,
    env,
    runtimes,
    box: sending.box,
    linkKey: sending.key,
    taskQueue,
    stop: async () => {
      await worker.stop();
      await sending.close();
      await env.teardown();
      await database.drop();
    },
  };
}

export interface Audience {
  workspaceId: string;
  customerId: string;
}

/** A workspace with sealed channel credentials and a sending policy, and one customer in it. */
export async function createAudience(
  db: Db,
  box: SecretBox,
  options: {
    channels: ChannelConfigInput[];
    settings?: Record<string, unknown>;
    identities?: { kind: IdentityKind; value: string }[];
    timezone?: string;
    locale?: string;
  },
): Promise<Audience> {
  const workspace = await createWorkspace(db, `ws-${randomUUID()}`);
  for (const config of options.channels) {
    if (config.channel === 'outbox') continue;
    await saveChannelCredentials(db, {
      workspaceId: workspace.id,
      channel: config.channel,
      sealedConfig: sealChannelConfig(box, workspace.id, config),
    });
  }
  // Quiet hours off unless a test is about them: the test clock is the machine's.
  await saveMessagingSettings(db, workspace.id, { quietHours: null, ...options.settings });
  const customer = await upsertCustomer(db, {
    workspaceId: workspace.id,
    externalId: `mei-${randomUUID()}`,
    traits: { name: 'Mei' },
    timezone: options.timezone ?? 'Asia/Taipei',
    locale: options.locale ?? 'zh-TW',
  });
  await bindIdentities(db, workspace.id, customer.id, options.identities ?? [{ kind: 'line', value: lineUserId }]);
  return { workspaceId: workspace.id, customerId: customer.id };
}

/** Publishes `graph` in the audience's workspace. */
export async function publish(db: Db, registry: NodeRegistry, audience: Audience, graph: JourneyGraphInput) {
  const published = await publishGraph(db, registry, { workspaceId: audience.workspaceId, name: 'sending', graph });
  return { journeyId: published.journeyId, versionId: published.versionId, irVersion: published.ir.irVersion };
}

/** Enrols the customer (again, with a new entry key) and returns the workflow's id and input. */
export async function enrol(
  db: Db,
  audience: Audience,
  published: Awaited<ReturnType<typeof publish>>,
): Promise<{ workflowId: string; input: JourneyWorkflowInput }> {
  const workflowId = journeyWorkflowId(published.journeyId, audience.customerId, randomUUID());
  const { enrollment } = await enrollCustomer(db, {
    workspaceId: audience.workspaceId,
    journeyId: published.journeyId,
    journeyVersionId: published.versionId,
    customerId: audience.customerId,
    workflowId,
    entryStepId: 'trigger',
    entryEventId: null,
  });
  return {
    workflowId,
    input: {
      irVersion: published.irVersion,
      workspaceId: audience.workspaceId,
      journeyId: published.journeyId,
      journeyVersionId: published.versionId,
      customerId: audience.customerId,
      enrollmentId: enrollment.id,
      entryStepId: 'trigger',
      entryEvent: null,
    },
  };
}

/** Runs one enrollment to its end on `taskQueue`. */
export async function runJourney(
  env: TestWorkflowEnvironment,
  taskQueue: string,
  run: { workflowId: string; input: JourneyWorkflowInput },
) {
  return env.client.workflow.execute<JourneyWorkflow>(JOURNEY_WORKFLOW, {
    taskQueue,
    workflowId: run.workflowId,
    args: [run.input],
  });
}

type SendConfig = Record<string, unknown>;

/** trigger → each send in turn, following `port` from one to the next; the last one ends. */
export function sendChain(
  sends: { id: string; config: SendConfig; port?: 'sent' | 'skipped' | 'failed' }[],
): JourneyGraphInput {
  const nodes: JourneyGraphInput['nodes'] = [
    { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'joined' } } },
    ...sends.map((send) => ({ id: send.id, type: 'core.send', data: { config: send.config } })),
    { id: 'end', type: 'core.end' },
  ];
  const edges: JourneyGraphInput['edges'] = [
    { id: 'e0', source: 'trigger', sourceHandle: 'out', target: sends[0]?.id ?? 'end' },
  ];
  sends.forEach((send, index) => {
    const next = sends[index + 1];
    const port = next ? (send.port ?? 'sent') : 'sent';
    edges.push({ id: `e${index + 1}`, source: send.id, sourceHandle: port, target: next?.id ?? 'end' });
    // `sent` must lead somewhere; when the chain goes on by another port, it ends the journey.
    if (port !== 'sent') edges.push({ id: `e${index + 1}-sent`, source: send.id, sourceHandle: 'sent', target: 'end' });
  });
  return { nodes, edges };
}

/** The messages rows of a customer, oldest first. */
export function messagesOf(db: Db, customerId: string) {
  return db
    .selectFrom('messages')
    .select([
      'stepId',
      'channel',
      'status',
      'reason',
      'detail',
      'body',
      'address',
      'providerMessageId',
      'attempts',
      'locale',
    ])
    .where('customerId', '=', customerId)
    .orderBy('createdAt')
    .execute();
}

/** Which port each step visit left by. */
export async function portsOf(db: Db, enrollmentId: string): Promise<Record<string, string | null>> {
  const rows = await db
    .selectFrom('stepEvents')
    .select(['stepId', 'port'])
    .where('enrollmentId', '=', enrollmentId)
    .where('kind', '=', 'left')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.stepId, row.port]));
}
