import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileJourney, type JourneyGraphInput } from '@wayfarer/journey';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import {
  createTestWorkspace,
  eventJourney,
  startTestServer,
  trpcClient,
  trpcError,
  type TestServer,
  type TestWorkspace,
} from './support';

// Shared fixture: broken on purpose (every kind of structural problem at once).
const invalidGraph = JSON.parse(
  readFileSync(new URL('../../fixtures/journeys/invalid.json', import.meta.url), 'utf8'),
) as JourneyGraphInput;

describe('journeys tRPC API', () => {
  let test: TestServer;
  let workspace: TestWorkspace;
  let api: ReturnType<typeof trpcClient>;

  beforeAll(async () => {
    test = await startTestServer('server_journeys');
    workspace = await createTestWorkspace(test);
    api = trpcClient(test, workspace.fullKey);
  });
  afterAll(async () => test.close());

  it('refuses a missing or unknown key, and an ingest-only key', async () => {
    expect((await trpcError(trpcClient(test, 'wf_nope').journeys.list.query())).data?.code).toBe('UNAUTHORIZED');
    expect((await trpcError(trpcClient(test, '').journeys.list.query())).data?.httpStatus).toBe(401);
    expect((await trpcError(trpcClient(test, workspace.ingestKey).journeys.list.query())).data?.code).toBe('FORBIDDEN');
  });

  it('creates, lists and reads a journey with an empty draft', async () => {
    const created = await api.journeys.create.mutate({ name: 'Welcome' });
    expect(created).toMatchObject({ name: 'Welcome', status: 'draft', draftRevision: 1, liveVersionId: null });
    expect(created.draft).toMatchObject({ format: 'wayfarer.journey', nodes: [], edges: [] });
    expect((await api.journeys.list.query()).map((journey) => journey.id)).toContain(created.id);
    expect((await api.journeys.get.query({ journeyId: created.id })).id).toBe(created.id);
  });

  it('answers NOT_FOUND for a journey of another workspace', async () => {
    const other = await createTestWorkspace(test, 'Other');
    const theirs = await trpcClient(test, other.fullKey).journeys.create.mutate({ name: 'Theirs' });
    const error = await trpcError(api.journeys.get.query({ journeyId: theirs.id }));
    expect(error.data).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404 });
  });

  it('names the field of invalid input', async () => {
    const error = await trpcError(api.journeys.create.mutate({ name: '' }));
    expect(error.data).toMatchObject({ code: 'BAD_REQUEST', issues: [{ path: 'name', message: expect.any(String) }] });
  });

  it('saves drafts by revision and refuses a save from a stale revision with CONFLICT', async () => {
    const journey = await api.journeys.create.mutate({ name: 'Two tabs' });
    const first = await api.journeys.saveDraft.mutate({
      journeyId: journey.id,
      graph: eventJourney('a'),
      expectedRevision: 1,
    });
    expect(first.revision).toBe(2);
    const stale = await trpcError(
      api.journeys.saveDraft.mutate({ journeyId: journey.id, graph: eventJourney('b'), expectedRevision: 1 }),
    );
    expect(stale.data).toMatchObject({ code: 'CONFLICT', httpStatus: 409 });
    expect((await api.journeys.get.query({ journeyId: journey.id })).draft.nodes[0]?.data.config).toMatchObject({
      event: 'a',
    });
    expect((await api.journeys.saveDraft.mutate({ journeyId: journey.id, graph: eventJourney('b') })).revision).toBe(3);
  });

  it('validates a graph without saving it', async () => {
    expect(await api.journeys.validate.mutate({ graph: eventJourney('a') })).toEqual({ problems: [] });
    const { problems } = await api.journeys.validate.mutate({ graph: invalidGraph });
    expect(problems.length).toBeGreaterThanOrEqual(5);
  });

  it('refuses to publish a journey that does not compile, listing every problem', async () => {
    const expected = compileJourney(invalidGraph, createNodeRegistry(builtinNodeTypes));
    if (expected.ok) throw new Error('the fixture should not compile');
    const journey = await api.journeys.create.mutate({
      name: 'Broken',
      graph: invalidGraph,
    });
    const error = await trpcError(api.journeys.publish.mutate({ journeyId: journey.id }));
    expect(error.data).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400 });
    expect(error.data?.problems).toEqual(expected.problems);
    expect(new Set(error.data?.problems?.map((problem) => problem.code))).toEqual(
      new Set(['unknown_node_type', 'invalid_config', 'duplicate_edge', 'missing_edge', 'unreachable_node']),
    );
    expect(await api.journeys.versions.query({ journeyId: journey.id })).toEqual([]);
    expect((await api.journeys.get.query({ journeyId: journey.id })).status).toBe('draft');
  });

  it('publishes numbered versions, each with its IR and graph', async () => {
    const journey = await api.journeys.create.mutate({ name: 'Numbered', graph: eventJourney('signed_up') });
    const v1 = await api.journeys.publish.mutate({ journeyId: journey.id });
    await api.journeys.saveDraft.mutate({ journeyId: journey.id, graph: eventJourney('purchase') });
    const v2 = await api.journeys.publish.mutate({ journeyId: journey.id });
    expect([v1.number, v2.number]).toEqual([1, 2]);
    expect(v1.hash).not.toBe(v2.hash);
    expect((await api.journeys.versions.query({ journeyId: journey.id })).map((version) => version.number)).toEqual([
      2, 1,
    ]);
    const stored = await api.journeys.version.query({ versionId: v1.versionId });
    expect(stored.ir.triggers).toEqual([
      { stepId: 'trigger', type: 'core.trigger.event', match: { on: 'event', event: 'signed_up', where: [] } },
    ]);
    expect(stored.graph.nodes.map((node) => node.id)).toEqual(['trigger', 'end']);
    expect(await api.journeys.get.query({ journeyId: journey.id })).toMatchObject({
      status: 'live',
      liveVersionId: v2.versionId,
    });
  });

  it('pauses, resumes and archives; a draft cannot be paused', async () => {
    const journey = await api.journeys.create.mutate({ name: 'Lifecycle', graph: eventJourney('a') });
    expect((await trpcError(api.journeys.pause.mutate({ journeyId: journey.id }))).data).toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    await api.journeys.publish.mutate({ journeyId: journey.id });
    expect((await api.journeys.pause.mutate({ journeyId: journey.id })).status).toBe('paused');
    expect((await api.journeys.resume.mutate({ journeyId: journey.id })).status).toBe('live');
    expect((await api.journeys.archive.mutate({ journeyId: journey.id })).status).toBe('archived');
    expect((await trpcError(api.journeys.publish.mutate({ journeyId: journey.id }))).data?.code).toBe(
      'PRECONDITION_FAILED',
    );
  });
});
