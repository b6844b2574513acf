import type { Db } from '@wayfarer/db';
import { eventually } from './eventually';

/**
 * Resolves once the server's router has routed every event the ingest API stored (it routes them
 * after answering): what a test asserts about journeys after an ingest call holds from then on.
 */
export async function untilRouted(db: Db, limitMs?: number): Promise<void> {
  await eventually(async () => {
    const waiting = await db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('routedAt', 'is', null)
      .where('routeDueAt', 'is not', null)
      .executeTakeFirstOrThrow();
    return Number(waiting.count) === 0 ? true : undefined;
  }, limitMs);
}
