// The cross-worker send pacer on its own, where demand is never the limit: two pacers (two worker
// processes' worth) on one Postgres, each with sends always waiting, hand out slots that together
// never exceed the channel's rate in any second, and come close to it.
import { createSendPacer } from '@wayfarer/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const PER_SECOND = 50;
const RUN_MS = 4_000;

describe('send pacing shared by two workers through Postgres', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('send_pacer');
  });
  afterAll(async () => database?.drop());

  it('never grants more than 50 sends in any second, across both, and nearly 50', async () => {
    const pacers = [0, 1].map(() => createSendPacer(database.db, { line: PER_SECOND }));
    const granted: number[] = [];
    const until = Date.now() + RUN_MS;
    // Eight sends in flight per worker, each taking the next slot as soon as it has sent.
    const senders = pacers.flatMap((pacer) =>
      Array.from({ length: 8 }, async () => {
        while (Date.now() < until) {
          // The slot's own time: what two workers may not share, whatever their timers' jitter.
          granted.push(await pacer.acquire('line'));
        }
      }),
    );
    await Promise.all(senders);
    granted.sort((a, b) => a - b);
    let busiest = 0;
    for (let start = 0, end = 0; start < granted.length; start += 1) {
      while (end < granted.length && (granted[end] ?? 0) < (granted[start] ?? 0) + 1_000) end += 1;
      busiest = Math.max(busiest, end - start);
    }
    const spanMs = (granted.at(-1) ?? 0) - (granted[0] ?? 0);
    const perSecond = ((granted.length - 1) * 1000) / spanMs;
    console.log(
      `send pacer: ${granted.length} slots in ${spanMs} ms (${perSecond.toFixed(1)}/s), busiest second ${busiest}`,
    );
    expect(busiest).toBeLessThanOrEqual(PER_SECOND);
    expect(perSecond).toBeGreaterThanOrEqual(0.8 * PER_SECOND);
  });
});
