import type { Db } from '../connect';
import { toJson } from '../json';
import type { NewStepEvent } from '../schema';

/** Writes step analytics; a repeated (enrollment, step, visit, kind) is ignored. */
export async function insertStepEvents(db: Db, events: readonly NewStepEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto('stepEvents')
    .values([...events])
    .onConflict((conflict) => conflict.columns(['enrollmentId', 'stepId', 'visit', 'kind']).doNothing())
    .execute();
}

export interface StepReceipt {
  port: string;
  sleepMs: number | null;
  output: Record<string, unknown>;
}

/** The receipt of a step visit that already ran, if any. */
export async function findStepReceipt(db: Db, idempotencyKey: string): Promise<StepReceipt | undefined> {
  return db
    .selectFrom('stepRuns')
    .select(['port', 'sleepMs', 'output'])
    .where('idempotencyKey', '=', idempotencyKey)
    .executeTakeFirst();
}

/** Records a step visit's result; the primary key makes a second write fail inside its transaction. */
export async function insertStepReceipt(
  db: Db,
  input: { idempotencyKey: string; enrollmentId: string; stepId: string; visit: number } & StepReceipt,
): Promise<void> {
  await db
    .insertInto('stepRuns')
    .values({ ...input, output: toJson(input.output) })
    .execute();
}

/** Outputs of an enrollment's executed steps by step id (the latest visit of each). */
export async function loadStepOutputs(db: Db, enrollmentId: string): Promise<Record<string, Record<string, unknown>>> {
  const rows = await db
    .selectFrom('stepRuns')
    .select(['stepId', 'output'])
    .where('enrollmentId', '=', enrollmentId)
    .orderBy('visit')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.stepId, row.output]));
}
