// `simulation.run` over HTTP (issue 7): the server's own simulator, created on the first request,
// simulates a journey's draft or a published version for one customer, and refuses what it cannot.
import { randomBytes } from 'node:crypto';
import { Client } from '@temporalio/client';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '@wayfarer/channels';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { createApiKey, createWorkspace, upsertCustomer } from '@wayfarer/db';
import { createServer, type AppRouter, type WayfarerServer } from '@wayfarer/server';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { bundleJourneyWorkflows } from '../../support/temporal';
import { hoursAfter, rowCounts, welcomeJourney } from './support';

let database: TestDatabase;
let server: WayfarerServer;
let url: string;

beforeAll(async () => {
  const [created, runtimes, workflowBundle] = await Promise.all([
    createTestDatabase('simulation_api'),
    loadRuntimeRegistry(),
    bundleJourneyWorkflows(),
  ]);
  database = created;
  server = createServer({
    db: database.db,
    // Simulations never touch the production Temporal: this lazy client is never connected.
    temporal: new Client(),
    registry: runtimes.nodes,
    taskQueue: 'simulation-api-tests',
    simulation: { runtimes, workflowBundle },
    // The journey sends on LINE: publishing needs the channel connected.
    secretBox: createSecretBox(randomBytes(32)),
  });
  url = await server.start({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  // Stopping the server closes its simulator (test server and worker).
  await server?.stop();
  await database?.drop();
});

async function workspace(name: string) {
  const { db } = database;
  const { id } = await createWorkspace(db, name);
  const { key } = await createApiKey(db, { workspaceId: id, name: 'full', scope: 'full' });
  const customer = await upsertCustomer(db, { workspaceId: id, externalId: 'mei', traits: { name: 'Mei' } });
  const api = createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${url}/trpc`, headers: () => ({ authorization: `Bearer ${key}` }) })],
  });
  await api.channels.save.mutate({ channel: 'line', config: { channelAccessToken: 'simulation-line-token' } });
  return { api, customerId: customer.id };
}

async function failure(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as TRPCClientError<AppRouter>;
    throw error;
  }
  throw new Error('Expected the call to fail.');
}

const scenario = (customerId: string) => ({
  customer: { kind: 'existing' as const, customerId },
  startEvent: { name: 'signed_up', properties: {} },
  days: 30,
  events: [{ atHours: 36, name: 'purchase', properties: { amount: 30 } }],
});

describe('simulation.run', () => {
  it('simulates the draft and a published version, writing nothing', async () => {
    const { api, customerId } = await workspace('Acme');
    const journey = await api.journeys.create.mutate({ name: 'Welcome', graph: welcomeJourney });
    const before = await rowCounts(database.db);

    const draft = await api.simulation.run.mutate({
      journeyId: journey.id,
      source: { kind: 'draft' },
      ...scenario(customerId),
    });
    expect(draft.outcome).toBe('completed');
    expect(draft.steps.map((step) => step.stepId)).toEqual([
      'signed-up',
      'tag-new',
      'welcome',
      'wait-3',
      'bought',
      'points',
      'thanks',
      'end-thanked',
    ]);
    expect(draft.steps.find((step) => step.stepId === 'thanks')?.messages).toEqual([
      { channel: 'outbox', body: 'Thanks Mei, you now have 100 points.' },
    ]);
    expect(hoursAfter(draft.startedAt, draft.endedAt)).toBe(72);

    const { versionId } = await api.journeys.publish.mutate({ journeyId: journey.id });
    const countsAfterPublish = await rowCounts(database.db);
    const version = await api.simulation.run.mutate({
      journeyId: journey.id,
      source: { kind: 'version', versionId },
      ...scenario(customerId),
      events: [],
      customer: { kind: 'sample', attributes: { name: 'Ada' }, tags: [], timezone: 'Asia/Taipei', locale: 'en' },
    });
    expect(version.steps.at(-1)?.stepId).toBe('end-reminded');
    expect(version.steps.find((step) => step.stepId === 'reminder')?.messages).toEqual([
      { channel: 'outbox', body: 'Hi Ada, your gift is waiting.' },
    ]);
    expect(countsAfterPublish).toEqual(before);
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it('refuses a draft that does not compile, with the compiler’s problems', async () => {
    const { api, customerId } = await workspace('Broken');
    // A trigger leading nowhere does not compile (a step's open exit would just end the path).
    const broken = {
      ...welcomeJourney,
      edges: welcomeJourney.edges?.filter((edge) => edge.source !== 'signed-up'),
    };
    const journey = await api.journeys.create.mutate({ name: 'Broken', graph: broken });
    const error = await failure(
      api.simulation.run.mutate({ journeyId: journey.id, source: { kind: 'draft' }, ...scenario(customerId) }),
    );
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(error.data?.problems?.length).toBeGreaterThan(0);
    expect(error.data?.problems?.map((problem) => problem.nodeId)).toContain('signed-up');
  });

  it('answers NOT_FOUND for another workspace’s journey, version or customer', async () => {
    const mine = await workspace('Mine');
    const theirs = await workspace('Theirs');
    const journey = await theirs.api.journeys.create.mutate({ name: 'Theirs', graph: welcomeJourney });
    const { versionId } = await theirs.api.journeys.publish.mutate({ journeyId: journey.id });
    const own = await mine.api.journeys.create.mutate({ name: 'Mine', graph: welcomeJourney });
    const calls = [
      mine.api.simulation.run.mutate({
        journeyId: journey.id,
        source: { kind: 'draft' },
        ...scenario(mine.customerId),
      }),
      mine.api.simulation.run.mutate({
        journeyId: own.id,
        source: { kind: 'version', versionId },
        ...scenario(mine.customerId),
      }),
      mine.api.simulation.run.mutate({ journeyId: own.id, source: { kind: 'draft' }, ...scenario(theirs.customerId) }),
    ];
    for (const call of calls) expect((await failure(call)).data?.code).toBe('NOT_FOUND');
  });
});
