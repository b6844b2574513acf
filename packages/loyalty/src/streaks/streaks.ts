import { inTransaction, type LoyaltyDb } from '../db';
import { checkInOn, localDate, type StreakFact, type StreakState } from './streak.rules';

export interface CheckInInput {
  workspaceId: string;
  customerId: string;
  /** Which streak (`daily`, `gym`, …); a customer has one per key. */
  streakKey?: string;
  /** The customer's IANA time zone: days are counted in it. */
  timezone: string;
  now?: Date;
  /** Streak lengths that report `streak_reached` when hit. */
  milestones?: readonly number[];
}

export interface CheckInResult {
  streakKey: string;
  state: StreakState;
  /** The local date this check-in counted for. */
  localDate: string;
  counted: boolean;
  /** For the caller to emit as events (`streak_reached`, `streak_broken`), with `streakKey`. */
  facts: StreakFact[];
}

export const defaultMilestones: readonly number[] = [3, 7, 14, 30, 60, 100, 365];

/** Records a check-in; repeated check-ins on one local day change nothing. */
export async function checkIn(db: LoyaltyDb, input: CheckInInput): Promise<CheckInResult> {
  const streakKey = input.streakKey ?? 'daily';
  const today = localDate(input.now ?? new Date(), input.timezone);
  return inTransaction(db, async (trx) => {
    await trx
      .insertInto('streaks')
      .values({
        customerId: input.customerId,
        streakKey,
        workspaceId: input.workspaceId,
        current: 0,
        longest: 0,
        lastDate: null,
        updatedAt: new Date(),
      })
      .onConflict((conflict) => conflict.columns(['customerId', 'streakKey']).doNothing())
      .execute();
    const row = await trx
      .selectFrom('streaks')
      .select(['current', 'longest', 'lastDate'])
      .where('customerId', '=', input.customerId)
      .where('streakKey', '=', streakKey)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const outcome = checkInOn(row, today, input.milestones ?? defaultMilestones);
    if (outcome.counted) {
      await trx
        .updateTable('streaks')
        .set({ ...outcome.state, updatedAt: new Date() })
        .where('customerId', '=', input.customerId)
        .where('streakKey', '=', streakKey)
        .execute();
    }
    return { streakKey, state: outcome.state, localDate: today, counted: outcome.counted, facts: outcome.facts };
  });
}

/** The stored streak (its `current` is as of the last check-in; see `liveStreak`). */
export async function getStreak(db: LoyaltyDb, customerId: string, streakKey = 'daily'): Promise<StreakState | null> {
  const row = await db
    .selectFrom('streaks')
    .select(['current', 'longest', 'lastDate'])
    .where('customerId', '=', customerId)
    .where('streakKey', '=', streakKey)
    .executeTakeFirst();
  return row ?? null;
}
