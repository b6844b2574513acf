// Property-based fuzzing of the API edges (fast-check): ingest and journey create / validate /
// publish, driven through the real Fastify app with `inject` (content parsing, hooks, the tRPC
// adapter and error formatting all run; only the socket is skipped). Whatever arrives, the answer
// is never a 5xx, never shows a stack or a file path, and the server keeps serving.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorkspace, startTestServer, type TestServer, type TestWorkspace } from '../server/support';
import {
  hostileString,
  ingestRequest,
  journeyGraph,
  toJsonText,
  withoutHazards,
  type IngestRequest,
} from './hostile-input';
import { internalsIn } from './internals';

const RUNS = Number(process.env.FUZZ_RUNS ?? 5_000);
const STREAMS = 4;

type Call = ({ kind: 'ingest' } & IngestRequest) | { kind: 'trpc'; procedure: string; input: unknown };

const anyCall: fc.Arbitrary<Call> = fc.oneof(
  { weight: 4, arbitrary: ingestRequest.map((request) => ({ kind: 'ingest' as const, ...request })) },
  {
    weight: 3,
    arbitrary: journeyGraph.map((graph) => ({
      kind: 'trpc' as const,
      procedure: 'journeys.validate',
      input: { graph },
    })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ name: fc.oneof(hostileString, fc.constant('Fuzzed')), graph: journeyGraph })
      .map((input) => ({ kind: 'trpc' as const, procedure: 'journeys.create', input })),
  },
  {
    weight: 1,
    arbitrary: journeyGraph.map((graph) => ({ kind: 'trpc' as const, procedure: 'publish', input: { graph } })),
  },
);

// Half the calls keep their hazards; the other half lose them, so plenty also get past the edge
// check and reach the schemas, the compiler and the database.
const call = fc.oneof(anyCall, anyCall.map(withoutHazards));

describe('hostile input at the API edges', () => {
  let test: TestServer;
  let ingestWorkspace: TestWorkspace;
  let journeyWorkspace: TestWorkspace;
  beforeAll(async () => {
    test = await startTestServer('fuzz');
    // Apart, so nothing ingested meets a journey published here (that would start workflows).
    ingestWorkspace = await createTestWorkspace(test, 'Ingest');
    journeyWorkspace = await createTestWorkspace(test, 'Journeys');
  });
  afterAll(async () => test.close());

  const post = (url: string, key: string, body: string) =>
    test.server.app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      payload: body,
    });

  const trpc = (procedure: string, input: unknown) =>
    post(`/trpc/${procedure}`, journeyWorkspace.fullKey, toJsonText(input));

  /** Sends one call; returns every answer it produced (publish is create, then publish). */
  async function send(one: Call) {
    if (one.kind === 'ingest') {
      const body = 'raw' in one ? one.raw : toJsonText(one.payload);
      return [await post(one.url, ingestWorkspace.ingestKey, body)];
    }
    if (one.procedure !== 'publish') return [await trpc(one.procedure, one.input)];
    const created = await trpc('journeys.create', { name: 'Fuzzed', graph: (one.input as { graph: unknown }).graph });
    if (created.statusCode !== 200) return [created];
    const { id: journeyId } = created.json<{ result: { data: { id: string } } }>().result.data;
    return [created, await trpc('journeys.publish', { journeyId })];
  }

  it(`answers ${RUNS} hostile requests without a 5xx or a word of its internals`, async () => {
    const statuses = new Map<number, number>();
    const noServerError = fc.asyncProperty(call, async (one) => {
      for (const response of await send(one)) {
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        if (response.statusCode >= 500) {
          throw new Error(`${response.statusCode} for ${toJsonText(one).slice(0, 500)}: ${response.body}`);
        }
        const leaked = internalsIn(response.body);
        if (leaked !== undefined) throw new Error(`"${leaked}" in the answer to ${toJsonText(one).slice(0, 500)}`);
      }
    });
    // Several runs side by side, as clients arrive: the database's waits overlap (and so do requests).
    await Promise.all(
      Array.from({ length: STREAMS }, async () => fc.assert(noServerError, { numRuns: Math.ceil(RUNS / STREAMS) })),
    );
    // The fuzzer reached both sides of the edge: accepted calls and refused ones.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 20);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(RUNS / 20);
    // And the server still serves.
    expect((await test.server.app.inject({ method: 'GET', url: '/healthz' })).json()).toMatchObject({
      database: { ok: true },
    });
  }, 600_000);
});
