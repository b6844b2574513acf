// The send path without Temporal in front of it: the generic step activity runs core.send for a
// customer (template, policy lookups, the `sending` row, the LINE push via @line/bot-sdk to a local
// Messaging API, the status write, the receipt). `send_per_s`: messages/s with 16 steps in flight;
// `send_p99_ms`: 99th percentile from step start to the provider receiving the push.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOutboundPolicy, createSecretBox, sealChannelConfig, uuidFromKey } from '@wayfarer/channels';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import {
  bindIdentities,
  createDb,
  createJourney,
  createWorkspace,
  enrollCustomer,
  publishJourneyVersion,
  saveChannelCredentials,
  saveMessagingSettings,
  upsertCustomer,
  type Db,
} from '@wayfarer/db';
import { compileJourney } from '@wayfarer/journey';
import { createSendServices } from '@wayfarer/delivery';
import { createJourneyActivities } from '@wayfarer/worker';
import type { RunStepInput } from '@wayfarer/workflows';
import { openBenchDatabase } from './bench-database';

const token = 'bench-line-token';

/** A local LINE push endpoint noting when each retry key arrived. */
async function startLineApi(): Promise<{ url: string; arrivals: Map<string, number>; close(): Promise<void> }> {
  const arrivals = new Map<string, number>();
  const server = createServer((req, res) => {
    arrivals.set(String(req.headers['x-line-retry-key']), performance.now());
    req.resume().on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-line-request-id': randomUUID() });
      res.end(JSON.stringify({ sentMessages: [{ id: randomUUID(), quoteToken: 'q' }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const sendGraph = {
  nodes: [
    { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'joined' } } },
    {
      id: 'send',
      type: 'core.send',
      data: {
        config: { channel: 'line', name: 'Hi', body: 'Hi {{ customer.name }}, you have {{ customer.points }} points' },
      },
    },
    { id: 'end', type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'send' },
    { id: 'e2', source: 'send', sourceHandle: 'sent', target: 'end' },
  ],
};

async function prepareInputs(
  db: Db,
  runtimes: RuntimeRegistry,
  lineUrl: string,
  key: Buffer,
  count: number,
): Promise<RunStepInput[]> {
  const workspace = await createWorkspace(db, `send-bench-${randomUUID()}`);
  const box = createSecretBox(key);
  const config = { channel: 'line' as const, channelAccessToken: token, baseUrl: lineUrl };
  await saveChannelCredentials(db, {
    workspaceId: workspace.id,
    channel: 'line',
    sealedConfig: sealChannelConfig(box, workspace.id, config),
  });
  await saveMessagingSettings(db, workspace.id, { quietHours: null, frequencyCap: null });
  const compiled = compileJourney(sendGraph, runtimes.nodes);
  if (!compiled.ok) throw new Error(compiled.problems.map((problem) => problem.message).join('\n'));
  const journey = await createJourney(db, { workspaceId: workspace.id, name: 'send bench', draft: sendGraph });
  const version = await publishJourneyVersion(db, {
    workspaceId: workspace.id,
    journeyId: journey.id,
    ir: compiled.value,
    hash: compiled.value.hash,
    graph: sendGraph,
  });
  const inputs: RunStepInput[] = [];
  for (let index = 0; index < count; index++) {
    const customer = await upsertCustomer(db, {
      workspaceId: workspace.id,
      externalId: `c${index}`,
      traits: { name: `Customer ${index}` },
    });
    await bindIdentities(db, workspace.id, customer.id, [
      { kind: 'line', value: `U${randomBytes(16).toString('hex')}` },
    ]);
    const workflowId = `bench:${journey.id}:${customer.id}`;
    const { enrollment } = await enrollCustomer(db, {
      workspaceId: workspace.id,
      journeyId: journey.id,
      journeyVersionId: version.id,
      customerId: customer.id,
      workflowId,
      entryStepId: 'trigger',
      entryEventId: null,
    });
    inputs.push({
      workspaceId: workspace.id,
      journeyId: journey.id,
      journeyVersionId: version.id,
      enrollmentId: enrollment.id,
      customerId: customer.id,
      stepId: 'send',
      visit: 1,
      idempotencyKey: `${workflowId}:send:1`,
      entryEvent: null,
      journeyEvents: [],
      trail: [],
    });
  }
  return inputs;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Runs the send bench and adds `send_per_s` and `send_p99_ms` to `results`. */
export async function benchSend(
  results: Record<string, number>,
  runtimes: RuntimeRegistry,
  options: { quick: boolean },
): Promise<void> {
  const database = await openBenchDatabase();
  const line = await startLineApi();
  // Deliveries on a pool of their own, as the worker has them.
  const sendDb: Db = createDb({ url: database.url });
  try {
    const key = randomBytes(32);
    const send = createSendServices({
      db: sendDb,
      box: createSecretBox(key),
      // The stand-in LINE API listens on loopback, which the outbound policy refuses unless allowed.
      policy: createOutboundPolicy({ allow: ['127.0.0.1'] }),
      unsubscribe: { baseUrl: 'http://localhost:3000', key },
    });
    const activities = createJourneyActivities({ db: database.db, runtimes, send });
    const inputs = await prepareInputs(database.db, runtimes, line.url, key, options.quick ? 200 : 1000);
    const started = new Map<string, number>();
    const queue = [...inputs];
    const begin = performance.now();
    const lane = async (): Promise<void> => {
      for (let input = queue.shift(); input; input = queue.shift()) {
        started.set(uuidFromKey(input.idempotencyKey), performance.now());
        const result = await activities.runStep(input);
        if (result.port !== 'sent') throw new Error(`send bench: step left by ${result.port}`);
      }
    };
    await Promise.all(Array.from({ length: 16 }, lane));
    const elapsedS = (performance.now() - begin) / 1000;
    const latencies = [...started].map(([retryKey, at]) => (line.arrivals.get(retryKey) ?? Number.NaN) - at);
    results.send_per_s = inputs.length / elapsedS;
    results.send_p99_ms = percentile(latencies, 99);
    console.log(`send: ${inputs.length} LINE pushes through runStep to a local Messaging API (${database.kind})`);
  } finally {
    await line.close();
    await sendDb.destroy();
    await database.close();
  }
}
