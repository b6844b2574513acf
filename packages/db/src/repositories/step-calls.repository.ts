import type { Db } from '../connect';
import { toJson } from '../json';
import type { StepCallsTable } from '../node-kit-schema';
import type { Selectable } from 'kysely';

export type StepCall = Selectable<StepCallsTable>;

/** The external call of a step visit, if one was started. */
export async function findStepCall(db: Db, idempotencyKey: string): Promise<StepCall | undefined> {
  return db.selectFrom('stepCalls').selectAll().where('idempotencyKey', '=', idempotencyKey).executeTakeFirst();
}

/** Records that the call is going out (again): `calling`, one more attempt. */
export async function startStepCall(
  db: Db,
  call: { idempotencyKey: string; enrollmentId: string; stepId: string; nodeType: string },
): Promise<void> {
  await db
    .insertInto('stepCalls')
    .values({ ...call, status: 'calling' })
    .onConflict((conflict) =>
      conflict.column('idempotencyKey').doUpdateSet((eb) => ({
        status: 'calling',
        attempts: eb('stepCalls.attempts', '+', 1),
        startedAt: new Date(),
      })),
    )
    .execute();
}

/** Stores what the call returned, so a retry after a crash uses it instead of calling again. */
export async function recordStepCallResult(db: Db, idempotencyKey: string, result: unknown): Promise<void> {
  await db
    .updateTable('stepCalls')
    .set({ status: 'returned', result: toJson(result), returnedAt: new Date() })
    .where('idempotencyKey', '=', idempotencyKey)
    .execute();
}

/** The call failed in a way that is safe to repeat (the remote side said no, definitely). */
export async function markStepCallFailed(db: Db, idempotencyKey: string): Promise<void> {
  await db.updateTable('stepCalls').set({ status: 'failed' }).where('idempotencyKey', '=', idempotencyKey).execute();
}

/** Forgets the call once the step's receipt holds its outcome (same transaction as the receipt). */
export async function deleteStepCall(db: Db, idempotencyKey: string): Promise<void> {
  await db.deleteFrom('stepCalls').where('idempotencyKey', '=', idempotencyKey).execute();
}
