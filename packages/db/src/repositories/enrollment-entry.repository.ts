import { sql } from 'kysely';
import type { Db } from '../connect';
import type { Enrollment } from '../schema';
import { withheldOnEntry, type EntryWithholding, type NewEnrollment } from './enrollments.repository';

/** What an entry decision reads, in one round trip, plus the enrollment if it was made already. */
export interface EntryFacts {
  /** Inserted by this call: the customer had never entered the journey and `insertIfFirst` was set. */
  inserted: Enrollment | undefined;
  /** The enrollment recorded under the entry's workflow id (an earlier try of this entry). */
  recorded: Enrollment | undefined;
  /** The customer's most recent entry into the journey (any version), for re-entry rules. */
  previous: Enrollment | undefined;
}

type FactRow = Enrollment & { fact: 'inserted' | 'recorded' | 'previous' };

/**
 * Reads the entry's facts and, when `insertIfFirst` and the customer never entered the journey,
 * records the entry in the same statement (the caller has decided that a first entry is admitted).
 * Run it under lockJourneyEntry: the "never entered" check sees the statement's snapshot only.
 */
export async function enrollFirstOrReadFacts(
  trx: Db,
  entry: NewEnrollment & { enteredAt: Date },
  options: { insertIfFirst: boolean; withholding?: EntryWithholding | undefined },
): Promise<EntryFacts> {
  const result = await sql<FactRow>`
    with previous as (
      select * from enrollments where journey_id = ${entry.journeyId} and customer_id = ${entry.customerId}
      order by entered_at desc, id limit 1
    ), recorded as (
      select * from enrollments where workflow_id = ${entry.workflowId}
    ), inserted as (
      insert into enrollments
        (workspace_id, journey_id, journey_version_id, customer_id, workflow_id, entry_step_id, entry_event_id, entered_at,
         withheld)
      select ${entry.workspaceId}, ${entry.journeyId}, ${entry.journeyVersionId}, ${entry.customerId},
        ${entry.workflowId}, ${entry.entryStepId}, ${entry.entryEventId ?? null}, ${entry.enteredAt},
        ${withheldOnEntry(entry, options.withholding)}
      where ${options.insertIfFirst} and not exists (select 1 from previous)
      on conflict (workflow_id) do nothing
      returning *
    )
    select 'inserted' as fact, * from inserted
    union all select 'recorded' as fact, * from recorded
    union all select 'previous' as fact, * from previous`.execute(trx);
  const find = (fact: FactRow['fact']): Enrollment | undefined => {
    const row = result.rows.find((candidate) => candidate.fact === fact);
    if (row === undefined) return undefined;
    const { fact: _fact, ...enrollment } = row;
    return enrollment;
  };
  return { inserted: find('inserted'), recorded: find('recorded'), previous: find('previous') };
}

/** An entry for {@link enrollFirstsOrReadFacts}: it is admitted when it is the customer's first. */
export type FirstEntry = NewEnrollment & { enteredAt: Date; withholding: EntryWithholding };

type NumberedFactRow = FactRow & { ord: number };

/**
 * {@link enrollFirstOrReadFacts} with `insertIfFirst` for many entries in one statement (the event
 * router decides a claimed batch's entries at once). At most one entry per journey and customer:
 * the statement's snapshot would not see one of them record the other. The facts come back in the
 * order of `entries`.
 */
export async function enrollFirstsOrReadFacts(db: Db, entries: readonly FirstEntry[]): Promise<EntryFacts[]> {
  if (entries.length === 0) return [];
  const rows = entries.map(
    (entry, ord) =>
      sql`(${ord}::int, ${entry.workspaceId}::uuid, ${entry.journeyId}::uuid, ${entry.journeyVersionId}::uuid,
        ${entry.customerId}::uuid, ${entry.workflowId}::text, ${entry.entryStepId}::text,
        ${entry.entryEventId ?? null}::uuid, ${entry.enteredAt}::timestamptz,
        ${withheldOnEntry(entry, entry.withholding)}::text)`,
  );
  const result = await sql<NumberedFactRow>`
    with input (ord, workspace_id, journey_id, journey_version_id, customer_id, workflow_id, entry_step_id,
      entry_event_id, entered_at, withheld) as (values ${sql.join(rows)}
    ), previous as (
      select i.ord, e.* from input i cross join lateral (
        select * from enrollments where journey_id = i.journey_id and customer_id = i.customer_id
        order by entered_at desc, id limit 1
      ) e
    ), recorded as (
      select i.ord, e.* from input i join enrollments e on e.workflow_id = i.workflow_id
    ), inserted as (
      insert into enrollments
        (workspace_id, journey_id, journey_version_id, customer_id, workflow_id, entry_step_id, entry_event_id, entered_at,
         withheld)
      select workspace_id, journey_id, journey_version_id, customer_id, workflow_id, entry_step_id, entry_event_id,
        entered_at, withheld
      from input i where not exists (select 1 from previous p where p.ord = i.ord)
      order by ord
      on conflict (workflow_id) do nothing
      returning *
    )
    select 'inserted' as fact, i.ord, e.* from inserted e join input i on i.workflow_id = e.workflow_id
    union all select 'recorded' as fact, * from recorded
    union all select 'previous' as fact, * from previous`.execute(db);
  const facts = entries.map((): EntryFacts => ({ inserted: undefined, recorded: undefined, previous: undefined }));
  for (const { fact, ord, ...enrollment } of result.rows) {
    const entryFacts = facts[ord];
    if (entryFacts !== undefined) entryFacts[fact] = enrollment;
  }
  return facts;
}
