// The stamp card on the real product: its runtime writes through the worker's services into
// Postgres, inside journeys on the production workflow (time-skipping Temporal).
import type { JourneyGraphInput } from '@wayfarer/journey';
import { startNodeKit, type NodeKit } from '@wayfarer/test/node-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeTypes } from './index';
import { runtimes } from './runtime';

/** visit → stamp → (stamped) wait a week → tag `loyal` | (card_full) grant 50 points */
const weeklyVisit: JourneyGraphInput = {
  nodes: [
    { id: 'visit', type: 'core.trigger.event', data: { config: { event: 'store_visit' } } },
    { id: 'stamp', type: 'example.stamp-card', data: { config: { card: 'coffee', size: 3 } } },
    { id: 'week', type: 'core.wait', data: { config: { mode: 'duration', duration: { amount: 7, unit: 'days' } } } },
    { id: 'loyal', type: 'core.tag', data: { config: { add: ['loyal'] } } },
    { id: 'reward', type: 'core.reward.points', data: { config: { points: 50, reason: 'full card' } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'visit', target: 'stamp' },
    { id: 'e2', source: 'stamp', sourceHandle: 'stamped', target: 'week' },
    { id: 'e3', source: 'week', target: 'loyal' },
    { id: 'e4', source: 'loyal', target: 'end' },
    { id: 'e5', source: 'stamp', sourceHandle: 'card_full', target: 'reward' },
    { id: 'e6', source: 'reward', target: 'end' },
  ],
};

describe('example.stamp-card on the real product', () => {
  let kit: NodeKit;
  beforeAll(async () => {
    kit = await startNodeKit({ name: '@wayfarer/node-example', nodeTypes, runtimes });
  });
  afterAll(async () => kit?.close());

  it('stamps a new customer’s card in the database and follows `stamped`', async () => {
    const run = await kit.runStep('example.stamp-card', { card: 'coffee', size: 3 });
    expect(run).toMatchObject({ outcome: 'completed', port: 'stamped', output: { stamps: 1 } });
    expect(run.customer.attributes).toMatchObject({ stamps_coffee: 1 });
  });

  it('fills the card of a customer one stamp short, restarts it and follows `card_full`', async () => {
    const customer = { userId: 'lin', traits: { stamps_coffee: 2 } };
    const run = await kit.runStep('example.stamp-card', { card: 'coffee', size: 3 }, { customer });
    expect(run).toMatchObject({ port: 'card_full', output: { stamps: 3 } });
    expect(run.customer.attributes).toMatchObject({ stamps_coffee: 0 });
  });

  it('runs a journey through a week’s wait, then tags the customer', async () => {
    const run = await kit.runJourney(weeklyVisit, { event: 'store_visit' });
    expect(run).toMatchObject({ outcome: 'completed', path: ['visit', 'stamp', 'week', 'loyal', 'end'] });
    expect(run.customer).toMatchObject({ tags: ['loyal'], points: 0, attributes: { stamps_coffee: 1 } });
  });

  it('grants the points of a full card once', async () => {
    const run = await kit.runJourney(weeklyVisit, {
      event: 'store_visit',
      customer: { userId: 'wen', traits: { stamps_coffee: 2 } },
    });
    expect(run).toMatchObject({ outcome: 'completed', path: ['visit', 'stamp', 'reward', 'end'] });
    expect(run.customer).toMatchObject({ tags: [], points: 50 });
  });
});
