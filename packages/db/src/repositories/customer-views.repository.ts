// Read models of the customers UI: the searchable list, the profile and its timeline.
// Every query is scoped by workspace; keyset cursors are `<timestamp text>|<id>` so no row is
// skipped at microsecond precision (a JS Date would truncate it).
import { sql } from 'kysely';
import type { Db } from '../connect';
import type { IdentityKind } from '../schema';
import { splitCursor } from './keyset-cursor';

export interface CustomerListItem {
  id: string;
  externalId: string;
  name: string | null;
  /** The `email` attribute, when it is text. */
  email: string | null;
  tags: string[];
  points: number;
  timezone: string;
  locale: string;
  createdAt: Date;
  lastSeenAt: Date | null;
}

export interface CustomerTagEntry {
  tag: string;
  source: string;
  addedAt: Date;
}

export interface CustomerLedgerEntry {
  id: string;
  delta: number;
  reason: string;
  createdAt: Date;
}

export interface CustomerEnrollmentEntry {
  id: string;
  journeyId: string;
  journeyName: string;
  versionNumber: number;
  status: 'running' | 'completed' | 'exited';
  exitReason: string | null;
  enteredAt: Date;
  finishedAt: Date | null;
  currentStep: { stepId: string; type: string | null; label: string | null } | null;
}

export interface CustomerProfileView {
  id: string;
  externalId: string;
  attributes: Record<string, unknown>;
  timezone: string;
  locale: string;
  createdAt: Date;
  tags: CustomerTagEntry[];
  /** How the customer is recognised (LINE, email, phone…), by kind then value. */
  identities: { kind: IdentityKind; value: string }[];
  points: number;
  recentPoints: CustomerLedgerEntry[];
  enrollments: CustomerEnrollmentEntry[];
}

export type TimelineItem =
  | { kind: 'event'; id: string; at: Date; name: string; properties: Record<string, unknown> }
  | {
      kind: 'message';
      id: string;
      at: Date;
      name: string;
      channel: string;
      status: string;
      /** Why it was skipped or failed (`no_address`, `template_error`, …), and the details. */
      reason: string | null;
      detail: string | null;
    }
  | { kind: 'points'; id: string; at: Date; name: string; delta: number };

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}

/** Customers newest first; `search` matches external id or `name` attribute (any case); `tag` and `segmentId` filter. */
export async function listCustomerViews(
  db: Db,
  workspaceId: string,
  input: { search?: string; tag?: string; segmentId?: string; cursor?: string; limit: number },
): Promise<CursorPage<CustomerListItem>> {
  const cursor = splitCursor(input.cursor);
  const search = input.search?.trim();
  let query = db
    .selectFrom('customers')
    .select(['id', 'externalId', 'attributes', 'timezone', 'locale', 'createdAt'])
    .select(sql<string>`customers.created_at::text`.as('cursorAt'))
    .select((eb) => [
      eb
        .selectFrom('customerTags')
        .select(sql<string[]>`coalesce(array_agg(tag order by tag), '{}')`.as('tags'))
        .whereRef('customerTags.customerId', '=', 'customers.id')
        .as('tags'),
      eb
        .selectFrom('pointsLedger')
        .select(sql<number>`coalesce(sum(delta), 0)::int`.as('points'))
        .whereRef('pointsLedger.customerId', '=', 'customers.id')
        .as('points'),
      eb
        .selectFrom('events')
        .select((inner) => inner.fn.max('events.timestamp').as('lastSeenAt'))
        .whereRef('events.customerId', '=', 'customers.id')
        .as('lastSeenAt'),
    ])
    .where('workspaceId', '=', workspaceId);
  if (search !== undefined && search !== '') {
    const pattern = `%${escapeLike(search)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('externalId', 'ilike', pattern),
        eb(sql<string>`customers.attributes->>'name'`, 'ilike', pattern),
        eb(sql<string>`customers.attributes->>'email'`, 'ilike', pattern),
      ]),
    );
  }
  if (input.tag !== undefined) {
    const tag = input.tag;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('customerTags')
          .select('tag')
          .whereRef('customerTags.customerId', '=', 'customers.id')
          .where('customerTags.tag', '=', tag),
      ),
    );
  }
  if (input.segmentId !== undefined) {
    const segmentId = input.segmentId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('segmentMemberships')
          .select('segmentMemberships.customerId')
          .whereRef('segmentMemberships.customerId', '=', 'customers.id')
          .where('segmentMemberships.segmentId', '=', segmentId),
      ),
    );
  }
  if (cursor !== null) {
    query = query.where(
      sql<boolean>`(customers.created_at, customers.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`,
    );
  }
  const rows = await query
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(input.limit + 1)
    .execute();
  const items = rows.slice(0, input.limit).map((row): CustomerListItem => ({
    id: row.id,
    externalId: row.externalId,
    name: typeof row.attributes.name === 'string' ? row.attributes.name : null,
    email: typeof row.attributes.email === 'string' ? row.attributes.email : null,
    tags: row.tags ?? [],
    points: row.points ?? 0,
    timezone: row.timezone,
    locale: row.locale,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt === null || row.lastSeenAt === undefined ? null : new Date(row.lastSeenAt),
  }));
  const last = rows[input.limit - 1];
  return { items, nextCursor: rows.length > input.limit && last ? `${last.cursorAt}|${last.id}` : null };
}

/** The customer's profile, or undefined when it is not a customer of `workspaceId`. */
export async function loadCustomerProfileView(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<CustomerProfileView | undefined> {
  const customer = await db
    .selectFrom('customers')
    .select(['id', 'externalId', 'attributes', 'timezone', 'locale', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', customerId)
    .executeTakeFirst();
  if (!customer) return undefined;
  const [tags, identities, balance, recentPoints, enrollments] = await Promise.all([
    db
      .selectFrom('customerTags')
      .select(['tag', 'source', 'addedAt'])
      .where('customerId', '=', customerId)
      .orderBy('addedAt', 'desc')
      .orderBy('tag')
      .execute(),
    db
      .selectFrom('customerIdentities')
      .select(['kind', 'value'])
      .where('workspaceId', '=', workspaceId)
      .where('customerId', '=', customerId)
      .orderBy('kind')
      .orderBy('value')
      .execute(),
    db
      .selectFrom('pointsLedger')
      .select(sql<number>`coalesce(sum(delta), 0)::int`.as('points'))
      .where('customerId', '=', customerId)
      .executeTakeFirst(),
    db
      .selectFrom('pointsLedger')
      .select(['id', 'delta', 'reason', 'createdAt'])
      .where('customerId', '=', customerId)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(10)
      .execute(),
    loadEnrollmentViews(db, workspaceId, customerId),
  ]);
  return {
    id: customer.id,
    externalId: customer.externalId,
    attributes: customer.attributes,
    timezone: customer.timezone,
    locale: customer.locale,
    createdAt: customer.createdAt,
    tags: tags.map((row) => ({ tag: row.tag, source: row.source, addedAt: row.addedAt })),
    identities: identities.map((row) => ({ kind: row.kind, value: row.value })),
    points: balance?.points ?? 0,
    recentPoints: recentPoints.map((row) => ({
      id: row.id,
      delta: row.delta,
      reason: row.reason,
      createdAt: row.createdAt,
    })),
    enrollments,
  };
}

/** Enrollments newest first; the current step is the latest step entered, typed from the version's IR. */
async function loadEnrollmentViews(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<CustomerEnrollmentEntry[]> {
  const rows = await db
    .selectFrom('enrollments')
    .innerJoin('journeys', 'journeys.id', 'enrollments.journeyId')
    .innerJoin('journeyVersions', 'journeyVersions.id', 'enrollments.journeyVersionId')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('stepEvents')
          .select('stepEvents.stepId')
          .whereRef('stepEvents.enrollmentId', '=', 'enrollments.id')
          .where('stepEvents.kind', '=', 'entered')
          .orderBy('stepEvents.at', 'desc')
          .orderBy('stepEvents.id', 'desc')
          .limit(1)
          .as('current'),
      (join) => join.onTrue(),
    )
    .select([
      'enrollments.id',
      'enrollments.journeyId',
      'journeys.name as journeyName',
      'journeyVersions.number as versionNumber',
      'enrollments.status',
      'enrollments.exitReason',
      'enrollments.enteredAt',
      'enrollments.finishedAt',
      'current.stepId as currentStepId',
    ])
    .select([
      sql<string | null>`journey_versions.ir->'steps'->"current".step_id->>'type'`.as('currentStepType'),
      sql<string | null>`(select n->'data'->>'label' from jsonb_array_elements(
        case when jsonb_typeof(journey_versions.graph->'nodes') = 'array' then journey_versions.graph->'nodes' else '[]'::jsonb end
      ) n where n->>'id' = "current".step_id limit 1)`.as('currentStepLabel'),
    ])
    .where('enrollments.workspaceId', '=', workspaceId)
    .where('enrollments.customerId', '=', customerId)
    .orderBy('enrollments.enteredAt', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    journeyId: row.journeyId,
    journeyName: row.journeyName,
    versionNumber: row.versionNumber,
    status: row.status,
    exitReason: row.exitReason,
    enteredAt: row.enteredAt,
    finishedAt: row.finishedAt,
    currentStep:
      row.currentStepId === null
        ? null
        : { stepId: row.currentStepId, type: row.currentStepType, label: row.currentStepLabel },
  }));
}

interface TimelineRow {
  kind: 'event' | 'message' | 'points';
  id: string;
  at: Date;
  cursorAt: string;
  name: string;
  properties: Record<string, unknown> | null;
  channel: string | null;
  status: string | null;
  reason: string | null;
  detail: string | null;
  delta: number | null;
}

function toTimelineItem(row: TimelineRow): TimelineItem {
  switch (row.kind) {
    case 'event':
      return { kind: 'event', id: row.id, at: row.at, name: row.name, properties: row.properties ?? {} };
    case 'message':
      return {
        kind: 'message',
        id: row.id,
        at: row.at,
        name: row.name,
        channel: row.channel ?? '',
        status: row.status ?? '',
        reason: row.reason,
        detail: row.detail,
      };
    case 'points':
      return { kind: 'points', id: row.id, at: row.at, name: row.name, delta: row.delta ?? 0 };
    default: {
      const unknownKind: never = row.kind;
      throw new Error(`Unknown timeline kind ${String(unknownKind)}`);
    }
  }
}

/** Whether `customerId` is a customer of `workspaceId`. */
export async function isWorkspaceCustomer(db: Db, workspaceId: string, customerId: string): Promise<boolean> {
  const row = await db
    .selectFrom('customers')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', customerId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Events, messages and points entries of one customer of `workspaceId`, newest first. */
export async function listCustomerTimeline(
  db: Db,
  workspaceId: string,
  input: { customerId: string; cursor?: string; limit: number },
): Promise<CursorPage<TimelineItem>> {
  const cursor = splitCursor(input.cursor);
  const { customerId } = input;
  const after = cursor === null ? sql`true` : sql`(t.at, t.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`;
  const result = await sql<TimelineRow>`
    select t.*, t.at::text as cursor_at from (
      select 'event' as kind, id, timestamp as at, name, properties, null::text as channel,
             null::text as status, null::text as reason, null::text as detail, null::int as delta
        from events where workspace_id = ${workspaceId} and customer_id = ${customerId}
      union all
      select 'message', id, created_at, name, null::jsonb, channel, status, reason, detail, null
        from messages where workspace_id = ${workspaceId} and customer_id = ${customerId}
      union all
      select 'points', id, created_at, reason, null::jsonb, null, null, null, null, delta
        from points_ledger where workspace_id = ${workspaceId} and customer_id = ${customerId}
    ) t
    where ${after}
    order by t.at desc, t.id desc
    limit ${input.limit + 1}
  `.execute(db);
  const rows = result.rows;
  const last = rows[input.limit - 1];
  return {
    items: rows.slice(0, input.limit).map(toTimelineItem),
    nextCursor: rows.length > input.limit && last ? `${last.cursorAt}|${last.id}` : null,
  };
}
