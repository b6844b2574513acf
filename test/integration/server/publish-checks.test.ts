import { randomBytes } from 'node:crypto';
import { createSecretBox } from '@wayfarer/channels';
import { archiveSegment, createSegment } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  startTestServer,
  trpcClient,
  trpcError,
  type TestServer,
  type TestWorkspace,
} from './support';

type Node = JourneyGraphInput['nodes'][number];

/** segment trigger → the given steps in a row → end (each step leaves by `port`). */
function chain(segmentId: string, steps: { node: Node; port: string }[]): JourneyGraphInput {
  const nodes: Node[] = [
    { id: 'enter', type: 'core.trigger.segment', data: { config: { segmentId } } },
    ...steps.map((step) => step.node),
    { id: 'end', type: 'core.end' },
  ];
  const ids = nodes.map((node) => node.id);
  const ports = ['out', ...steps.map((step) => step.port)];
  return {
    nodes,
    edges: ports.map((port, index) => ({
      id: `e${index}`,
      source: ids[index] ?? '',
      sourceHandle: port,
      target: ids[index + 1] ?? '',
    })),
  };
}

const send = (channel: string): { node: Node; port: string } => ({
  node: { id: `send-${channel}`, type: 'core.send', data: { config: { channel, name: 'Hi', body: 'Hi there' } } },
  port: 'sent',
});

// Publishing checks the journey against the workspace: what it sends on and the rewards and
// segments it names must exist; the test mailbox and a maybe-missing attribute only warn.
describe('publishing checks the workspace', () => {
  let test: TestServer;
  let workspace: TestWorkspace;
  let api: ReturnType<typeof trpcClient>;
  let segmentId: string;

  beforeAll(async () => {
    test = await startTestServer('server_publish_checks', { secretBox: createSecretBox(randomBytes(32)) });
    workspace = await createTestWorkspace(test);
    api = trpcClient(test, workspace.fullKey);
    const segment = await createSegment(test.database.db, workspace.workspaceId, {
      name: 'Everyone',
      description: '',
      rule: { type: 'all', rules: [] },
    });
    segmentId = segment.id;
  });
  afterAll(async () => test.close());

  async function refusal(graph: JourneyGraphInput) {
    const journey = await api.journeys.create.mutate({ name: 'Checked', graph });
    const error = await trpcError(api.journeys.publish.mutate({ journeyId: journey.id }));
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect((await api.journeys.get.query({ journeyId: journey.id })).liveVersionId).toBeNull();
    return (error.data as { problems: { code: string; nodeId?: string; path?: string; params?: object }[] }).problems;
  }

  it('refuses a channel the workspace has not connected, and publishes once it is', async () => {
    const graph = chain(segmentId, [send('sms')]);
    expect(await refusal(graph)).toEqual([
      expect.objectContaining({
        code: 'channel_not_connected',
        nodeId: 'send-sms',
        path: 'channel',
        params: { kind: 'channel', ref: 'sms' },
      }),
    ]);
    await api.channels.save.mutate({
      channel: 'sms',
      config: { accountSid: 'AC123', authToken: 'token-1234567890', from: '+15550001111' },
    });
    const journey = await api.journeys.create.mutate({ name: 'SMS', graph });
    const published = await api.journeys.publish.mutate({ journeyId: journey.id });
    expect(published).toMatchObject({ number: 1, warnings: [] });
  });

  it('publishes on the test mailbox with a warning that customers receive nothing', async () => {
    const journey = await api.journeys.create.mutate({
      name: 'Test mailbox',
      graph: chain(segmentId, [send('outbox')]),
    });
    const published = await api.journeys.publish.mutate({ journeyId: journey.id });
    expect(published.warnings).toEqual([
      expect.objectContaining({ code: 'test_channel', severity: 'warning', nodeId: 'send-outbox' }),
    ]);
  });

  it('refuses a lottery, badge, coupon pool, segment or tier the workspace does not have', async () => {
    const missingId = '5b2f8a52-8a5e-4f43-9a55-6f7b0c1d2e3f';
    const graph = chain(missingId, [
      { node: { id: 'draw', type: 'core.lottery.draw', data: { config: { lotteryId: missingId } } }, port: 'lose' },
      { node: { id: 'badge', type: 'core.badge.award', data: { config: { badgeKey: 'streak-7' } } }, port: 'out' },
      { node: { id: 'coupon', type: 'core.coupon.issue', data: { config: { poolId: missingId } } }, port: 'issued' },
      {
        node: {
          id: 'gold',
          type: 'core.branch',
          data: { config: { conditions: [{ subject: 'tier', op: 'is', tier: 'gold' }] } },
        },
        port: 'true',
      },
    ]);
    graph.edges?.push({ id: 'gold-false', source: 'gold', sourceHandle: 'false', target: 'end' });
    const problems = await refusal(graph);
    expect(problems.map((problem) => [problem.nodeId, problem.code, problem.path])).toEqual([
      ['enter', 'missing_asset', 'segmentId'],
      ['draw', 'missing_asset', 'lotteryId'],
      ['badge', 'missing_asset', 'badgeKey'],
      ['coupon', 'missing_asset', 'poolId'],
      ['gold', 'missing_asset', 'conditions.0.tier'],
    ]);
  });

  it('refuses an archived segment as a missing one', async () => {
    const archived = await createSegment(test.database.db, workspace.workspaceId, {
      name: 'Old',
      description: '',
      rule: { type: 'all', rules: [] },
    });
    await archiveSegment(test.database.db, workspace.workspaceId, archived.id);
    expect(await refusal(chain(archived.id, [send('outbox')]))).toEqual([
      expect.objectContaining({
        code: 'missing_asset',
        nodeId: 'enter',
        params: { kind: 'segment', ref: archived.id },
      }),
    ]);
  });

  it('validate reports the same problems and warnings before anything is saved', async () => {
    const { problems } = await api.journeys.validate.mutate({
      graph: chain(segmentId, [send('line'), send('outbox')]),
    });
    expect(problems.map((problem) => [problem.code, problem.severity ?? 'error'])).toEqual([
      ['channel_not_connected', 'error'],
      ['test_channel', 'warning'],
    ]);
  });

  it('checks another workspace’s assets as missing', async () => {
    const other = trpcClient(test, (await createTestWorkspace(test, 'Other')).fullKey);
    const { problems } = await other.journeys.validate.mutate({ graph: chain(segmentId, [send('sms')]) });
    expect(problems.map((problem) => problem.code)).toEqual(['missing_asset', 'channel_not_connected']);
  });
});
