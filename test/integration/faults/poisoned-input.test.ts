// Each poisoned input the fault-injection run found answers 4xx naming its field, at ingest and in
// a journey graph (node id, send body, webhook body, Flex JSON at create, validate and publish).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  postIngest,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../server/support';
import { deepJson } from './hostile-input';

describe('poisoned input', () => {
  let test: TestServer;
  let workspace: TestWorkspace;
  beforeAll(async () => {
    test = await startTestServer('poisoned');
    workspace = await createTestWorkspace(test);
  });
  afterAll(async () => test.close());

  const rawIngest = (url: string, body: string) =>
    test.server.app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${workspace.ingestKey}`, 'content-type': 'application/json' },
      payload: body,
    });

  const trpc = async (procedure: string, input: unknown) => {
    const response = await test.server.app.inject({
      method: 'POST',
      url: `/trpc/${procedure}`,
      headers: { authorization: `Bearer ${workspace.fullKey}`, 'content-type': 'application/json' },
      payload: JSON.stringify(input),
    });
    return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
  };
  const issuesOf = (body: Record<string, unknown>) =>
    ((body.error as { data: { issues: { path: string }[] } }).data.issues ?? []).map((issue) => issue.path);

  describe('at ingest', () => {
    it('refuses a NUL character in any string with 400 naming the field, and stores nothing', async () => {
      const track = await postIngest(test, '/v1/track', workspace.ingestKey, {
        userId: 'nul-user',
        event: 'viewed',
        messageId: 'nul-1',
        properties: { note: 'a\u0000b' },
      });
      expect(track).toEqual({
        status: 400,
        body: {
          error: 'invalid_request',
          message: expect.any(String),
          issues: [{ path: 'properties.note', message: expect.stringContaining('NUL') }],
        },
      });
      const batch = await postIngest(test, '/v1/batch', workspace.ingestKey, {
        batch: [
          { type: 'track', userId: 'nul-user', event: 'ok' },
          { type: 'identify', userId: 'nul-user', traits: { ['na\u0000me']: 'x' } },
        ],
      });
      expect(batch.body).toMatchObject({ issues: [{ path: 'batch.1.traits.na\u0000me' }] });
      const events = await test.database.db.selectFrom('events').select('id').execute();
      expect(events).toEqual([]);
    });

    it('refuses an unpaired surrogate with 400 naming the field', async () => {
      const identify = await postIngest(test, '/v1/identify', workspace.ingestKey, {
        userId: 'surrogate-user',
        traits: { name: 'Mei \uD83D' },
      });
      expect(identify.status).toBe(400);
      expect(identify.body).toMatchObject({
        issues: [{ path: 'traits.name', message: expect.stringContaining('surrogate') }],
      });
    });

    it('refuses properties nested 5,000 deep with 400 stating the limit', async () => {
      const response = await rawIngest(
        '/v1/track',
        `{"userId":"deep-user","event":"viewed","properties":{"tree":${deepJson(5_000)}}}`,
      );
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: 'invalid_request',
        issues: [{ path: expect.stringMatching(/^properties\.tree\./), message: 'nests deeper than 64 levels' }],
      });
    });
  });

  describe('in a journey graph', () => {
    const sendGraph = (id: string, config: Record<string, unknown>) => ({
      nodes: [
        { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'joined' } } },
        { id, type: 'core.send', data: { config: { name: 'Hello', ...config } } },
        { id: 'end', type: 'core.end' },
      ],
      edges: [
        { id: 'e1', source: 'trigger', sourceHandle: 'out', target: id },
        { id: 'e2', source: id, sourceHandle: 'sent', target: 'end' },
      ],
    });

    it('refuses a NUL or a lone surrogate in a node id or a send body at create and validate', async () => {
      const badId = await trpc('journeys.create', { name: 'J', graph: sendGraph('se\u0000nd', { body: 'Hi' }) });
      expect(badId.status).toBe(400);
      expect(issuesOf(badId.body)).toEqual(['graph.nodes.1.id']);
      const badBody = await trpc('journeys.validate', { graph: sendGraph('send', { body: 'Hi \uDC00' }) });
      expect(badBody.status).toBe(400);
      expect(issuesOf(badBody.body)).toEqual(['graph.nodes.1.data.config.body']);
    });

    it('reports a webhook body or Flex JSON nested thousands deep, or holding \\u0000, as the node’s problem', async () => {
      const problemsOf = async (config: Record<string, unknown>) => {
        const validated = await trpc('journeys.validate', { graph: sendGraph('send', config) });
        expect(validated.status).toBe(200);
        return (validated.body.result as { data: { problems: unknown[] } }).data.problems;
      };
      const tooDeep = (path: string) =>
        expect.objectContaining({ nodeId: 'send', path, message: expect.stringMatching(/deeper than 64 levels/) });
      // The body field holds at most 10,000 characters, Flex 50,000.
      expect(await problemsOf({ channel: 'webhook', body: `{"a":${deepJson(1_500)}}` })).toEqual([tooDeep('body')]);
      const deepFlex = `{"type":"bubble","body":${deepJson(5_000)}}`;
      expect(await problemsOf({ channel: 'line', body: 'Hi', flex: deepFlex })).toEqual([tooDeep('flex')]);
      // A draft may hold it; publishing refuses it with the problem (400), and nothing is live.
      const nulFlex = sendGraph('send', { channel: 'line', body: 'Hi', flex: '{"type":"bubble","alt":"\\u0000"}' });
      const created = await trpc('journeys.create', { name: 'Flex', graph: nulFlex });
      expect(created.status).toBe(200);
      const journeyId = (created.body.result as { data: { id: string } }).data.id;
      const published = await trpc('journeys.publish', { journeyId });
      expect(published.status).toBe(400);
      expect(JSON.stringify(published.body)).toMatch(/flex.*NUL character/);
    });
  });
});
