// Personal data of one customer: everything we hold about them (export), and erasure that removes
// what identifies them while keeping anonymous aggregates (counts, ledger amounts, step analytics).
import { sql, type Selectable } from 'kysely';
import type { Db } from '../connect';
import { DataError } from '../errors';
import { toJson } from '../json';
import type { Database } from '../schema';

/** One query per table that holds rows about the customer. */
export async function loadCustomerDataExport(db: Db, workspaceId: string, customerId: string) {
  const profile = await db
    .selectFrom('customers')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', customerId)
    .executeTakeFirst();
  if (!profile) throw new DataError('not_found', `Customer ${customerId} not found.`);
  const mine = { workspaceId, customerId } as const;
  const [identities, tags, events, enrollments, messages, pointsLedger, coupons, badges] = await Promise.all([
    rowsOf(db, 'customerIdentities', mine),
    rowsOf(db, 'customerTags', mine),
    db
      .selectFrom('events')
      .selectAll()
      .where('workspaceId', '=', workspaceId)
      .where('customerId', '=', customerId)
      .orderBy('timestamp')
      .execute(),
    rowsOf(db, 'enrollments', mine),
    rowsOf(db, 'messages', mine),
    rowsOf(db, 'pointsLedger', mine),
    rowsOf(db, 'coupons', mine),
    rowsOf(db, 'badgeAwards', mine),
  ]);
  const [tiers, tierHistory, valueTiers, streaks, lotteryDraws, consents, segmentMemberships] = await Promise.all([
    rowsOf(db, 'customerTiers', mine),
    rowsOf(db, 'customerTierHistory', mine),
    rowsOf(db, 'customerValueTiers', mine),
    rowsOf(db, 'streaks', mine),
    rowsOf(db, 'lotteryDraws', mine),
    rowsOf(db, 'channelConsents', mine),
    rowsOf(db, 'segmentMemberships', mine),
  ]);
  const stepHistory =
    enrollments.length === 0
      ? []
      : await stepHistoryOf(
          db,
          enrollments.map((e) => e.id),
        );
  return {
    profile,
    identities,
    tags,
    events,
    enrollments: enrollments.map((enrollment) => ({
      ...enrollment,
      steps: stepHistory.filter((step) => step.enrollmentId === enrollment.id),
    })),
    messages,
    pointsLedger,
    coupons,
    badges,
    tiers: { current: tiers, history: tierHistory, value: valueTiers },
    streaks,
    lotteryDraws,
    consents,
    segmentMemberships,
  };
}

export type CustomerDataExport = Awaited<ReturnType<typeof loadCustomerDataExport>>;

type CustomerTable =
  | 'customerIdentities'
  | 'customerTags'
  | 'enrollments'
  | 'messages'
  | 'pointsLedger'
  | 'coupons'
  | 'badgeAwards'
  | 'customerTiers'
  | 'customerTierHistory'
  | 'customerValueTiers'
  | 'streaks'
  | 'lotteryDraws'
  | 'channelConsents'
  | 'segmentMemberships';

// Typed per table for the export's readers; the query itself is the same for every table.
function rowsOf<T extends CustomerTable>(
  db: Db,
  table: T,
  mine: { workspaceId: string; customerId: string },
): Promise<Selectable<Database[T]>[]> {
  const source: CustomerTable = table;
  return db
    .selectFrom(source)
    .selectAll()
    .where('workspaceId', '=', mine.workspaceId)
    .where('customerId', '=', mine.customerId)
    .execute() as Promise<Selectable<Database[T]>[]>;
}

function stepHistoryOf(db: Db, enrollmentIds: string[]) {
  return db
    .selectFrom('stepEvents')
    .select(['enrollmentId', 'journeyId', 'journeyVersionId', 'stepId', 'visit', 'kind', 'port', 'at'])
    .where('enrollmentId', 'in', enrollmentIds)
    .orderBy('id')
    .execute();
}

/** The customer's enrollments still running, whose workflows must be stopped before erasure. */
export async function listRunningEnrollmentsOf(db: Db, workspaceId: string, customerId: string) {
  return db
    .selectFrom('enrollments')
    .select(['id', 'workflowId'])
    .where('workspaceId', '=', workspaceId)
    .where('customerId', '=', customerId)
    .where('status', '=', 'running')
    .execute();
}

export interface ErasureCounts {
  events: number;
  identities: number;
  tags: number;
  consents: number;
  segmentMemberships: number;
  messagesBlanked: number;
  enrollmentsClosed: number;
}

/**
 * Erases the customer in one transaction: deletes events, identities, tags, consents and segment
 * memberships; blanks messages' personal fields, step outputs and merge records; replaces the
 * profile with `tombstone` as external id. Ledger amounts, coupons, badges, tiers, streaks, draws,
 * enrollments and step analytics stay, now attached to an anonymous row.
 */
export async function eraseCustomerData(
  db: Db,
  input: { workspaceId: string; customerId: string; tombstone: string },
): Promise<ErasureCounts> {
  const { workspaceId, customerId } = input;
  return db.transaction().execute(async (trx) => {
    const customer = await trx
      .selectFrom('customers')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', customerId)
      .forUpdate()
      .executeTakeFirst();
    if (!customer) throw new DataError('not_found', `Customer ${customerId} not found.`);
    const mine = <
      T extends 'events' | 'customerIdentities' | 'customerTags' | 'channelConsents' | 'segmentMemberships',
    >(
      table: T,
    ) =>
      trx
        .deleteFrom(table as 'events')
        .where('workspaceId', '=', workspaceId)
        .where('customerId', '=', customerId)
        .executeTakeFirst()
        .then((result) => Number(result.numDeletedRows));
    const events = await mine('events');
    const identities = await mine('customerIdentities');
    const tags = await mine('customerTags');
    const consents = await mine('channelConsents');
    const segmentMemberships = await mine('segmentMemberships');
    const messagesBlanked = await blankMessages(trx, workspaceId, customerId);
    await blankStepOutputs(trx, workspaceId, customerId);
    await trx
      .updateTable('customerMerges')
      .set({ mergedExternalId: input.tombstone, mergedAttributes: toJson({}), moved: toJson({}) })
      .where('workspaceId', '=', workspaceId)
      .where((eb) => eb.or([eb('survivorId', '=', customerId), eb('mergedId', '=', customerId)]))
      .execute();
    const closed = await trx
      .updateTable('enrollments')
      .set({ status: 'exited', exitReason: 'erased', finishedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('customerId', '=', customerId)
      .where('status', '=', 'running')
      .executeTakeFirst();
    await trx
      .updateTable('customers')
      .set({
        externalId: input.tombstone,
        attributes: toJson({}),
        timezone: 'UTC',
        locale: 'en',
        updatedAt: new Date(),
      })
      .where('id', '=', customerId)
      .execute();
    const enrollmentsClosed = Number(closed.numUpdatedRows);
    return { events, identities, tags, consents, segmentMemberships, messagesBlanked, enrollmentsClosed };
  });
}

async function blankMessages(db: Db, workspaceId: string, customerId: string): Promise<number> {
  const result = await db
    .updateTable('messages')
    .set({ body: '', subject: null, address: null, detail: null })
    .where('workspaceId', '=', workspaceId)
    .where('customerId', '=', customerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

// Step receipts may hold what a step rendered or received (a webhook's answer); only their port is
// needed afterwards, and the customer's workflows are closed before this runs.
async function blankStepOutputs(db: Db, workspaceId: string, customerId: string): Promise<void> {
  await db
    .updateTable('stepRuns')
    .set({ output: toJson({}) })
    .where('enrollmentId', 'in', (eb) =>
      eb
        .selectFrom('enrollments')
        .select('id')
        .where('workspaceId', '=', workspaceId)
        .where('customerId', '=', customerId),
    )
    .execute();
}

/** Blanks audit entries whose diff mentions any of `values` (a customer's identifiers). */
export async function scrubAuditEntries(db: Db, workspaceId: string, values: readonly string[]): Promise<number> {
  const needles = values.filter((value) => value.length >= 3);
  if (needles.length === 0) return 0;
  const result = await db
    .updateTable('auditLog')
    .set({ diff: toJson({ redacted: 'personal data erased' }) })
    .where('workspaceId', '=', workspaceId)
    .where((eb) => eb.or(needles.map((needle) => eb(sql`position(${needle} in diff::text)`, '>', 0))))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
