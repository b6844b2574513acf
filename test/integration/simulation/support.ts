// Shared by the simulation tests: a 30-day welcome journey with two waits, a database that must not
// change, and a simulator on the time-skipping test server with the cached journey bundle.
import { sql } from 'kysely';
import type { Db } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';

const edge = (source: string, port: string, target: string) => ({
  id: `${source}.${port}`,
  source,
  sourceHandle: port,
  target,
});

/**
 * signed_up → tag → welcome (LINE) → wait 3 days → bought already? yes: 100 points + thanks;
 * no: wait up to 10 days for a purchase (then 100 points + thanks) or send a reminder (outbox).
 */
export const welcomeJourney: JourneyGraphInput = {
  name: 'Welcome with two waits',
  nodes: [
    { id: 'signed-up', type: 'core.trigger.event', data: { config: { event: 'signed_up', where: [] } } },
    {
      id: 'tag-new',
      type: 'core.tag',
      data: { config: { add: ['new_member'], setAttributes: { stage: 'welcomed' } } },
    },
    {
      id: 'welcome',
      type: 'core.send',
      data: { config: { channel: 'line', name: 'Welcome', body: 'Welcome, {{ customer.name }}! Glad you joined.' } },
    },
    { id: 'wait-3', type: 'core.wait', data: { config: { mode: 'duration', duration: { amount: 3, unit: 'days' } } } },
    {
      id: 'bought',
      type: 'core.branch',
      data: {
        config: { match: 'all', conditions: [{ subject: 'event', op: 'received', event: 'purchase', where: [] }] },
      },
    },
    {
      id: 'wait-purchase',
      type: 'core.wait',
      data: {
        config: { mode: 'event', event: 'purchase', where: [], timeout: { amount: 10, unit: 'days' } },
      },
    },
    { id: 'points', type: 'core.reward.points', data: { config: { points: 100, reason: 'first purchase' } } },
    {
      id: 'thanks',
      type: 'core.send',
      data: {
        config: {
          channel: 'outbox',
          name: 'Thanks',
          body: 'Thanks {{ customer.name }}, you now have {{ customer.points }} points.',
        },
      },
    },
    {
      id: 'reminder',
      type: 'core.send',
      data: { config: { channel: 'outbox', name: 'Reminder', body: 'Hi {{ customer.name }}, your gift is waiting.' } },
    },
    { id: 'end-thanked', type: 'core.end' },
    { id: 'end-reminded', type: 'core.end' },
  ],
  edges: [
    edge('signed-up', 'out', 'tag-new'),
    edge('tag-new', 'out', 'welcome'),
    edge('welcome', 'sent', 'wait-3'),
    edge('wait-3', 'out', 'bought'),
    edge('bought', 'true', 'points'),
    edge('bought', 'false', 'wait-purchase'),
    edge('wait-purchase', 'event', 'points'),
    edge('wait-purchase', 'timeout', 'reminder'),
    edge('points', 'out', 'thanks'),
    edge('thanks', 'sent', 'end-thanked'),
    edge('reminder', 'sent', 'end-reminded'),
  ],
  settings: { reentry: 'once', exitOn: [], goal: { event: 'purchase', where: [] } },
};

const guardedTables = [
  'messages',
  'points_ledger',
  'coupons',
  'step_runs',
  'step_events',
  'enrollments',
  'events',
  'customer_tags',
  'customer_tiers',
  'customer_tier_history',
  'segment_memberships',
] as const;

/** Row counts of every table a real run would write to. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of guardedTables) {
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from ${sql.table(table)}`.execute(db);
    counts[table] = rows[0]?.count ?? -1;
  }
  return counts;
}

/**
 * Hours from the simulation's start to `iso`, to a tenth of an hour: the steps themselves take real
 * milliseconds of (unskipped) workflow time.
 */
export function hoursAfter(startedAt: string, iso: string | null): number | null {
  return iso === null ? null : Math.round((Date.parse(iso) - Date.parse(startedAt)) / 360_000) / 10;
}
