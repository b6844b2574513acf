// Shared set-up of the analytics tests: customers seeded in bulk with known attributes, and the
// API clients (queries over HTTP batches, subscriptions over SSE as the web app makes them).
import { randomUUID } from 'node:crypto';
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { EventSource } from 'eventsource';
import { sql } from 'kysely';
import type { Db } from '@wayfarer/db';
import type { AppRouter } from '@wayfarer/server';
import type { Stack } from '../../support/stack';

export interface SeededCustomer {
  externalId: string;
  attributes: Record<string, unknown>;
}

/**
 * Inserts `customers` (one statement) and makes them the members of a new segment; returns the
 * segment id. Memberships are written directly, not through the segment rules.
 */
export async function seedSegment(db: Db, workspaceId: string, customers: readonly SeededCustomer[]): Promise<string> {
  const segment = await db
    .insertInto('segments')
    .values({
      workspaceId,
      name: `Seeded ${randomUUID().slice(0, 8)}`,
      rule: JSON.stringify({ kind: 'all' }),
      updatedAt: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = JSON.stringify(customers.map((customer) => ({ e: customer.externalId, a: customer.attributes })));
  await sql`
    with created as (
      insert into customers (workspace_id, external_id, attributes)
      select ${workspaceId}::uuid, row->>'e', row->'a' from jsonb_array_elements(${rows}::jsonb) as row
      returning id
    )
    insert into segment_memberships (segment_id, customer_id, workspace_id)
    select ${segment.id}::uuid, id, ${workspaceId}::uuid from created`.execute(db);
  return segment.id;
}

/** Enrollments of a journey by status. */
export async function enrollmentStatuses(db: Db, journeyId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('enrollments')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('journeyId', '=', journeyId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}

/**
 * The web app's client shape in Node: queries and mutations in HTTP batches with the key as a
 * header, subscriptions over SSE with the key as `connectionParams` (EventSource sends no headers).
 */
export function liveApiClient(stack: Pick<Stack, 'url'>, key: string) {
  const url = `${stack.url}/trpc`;
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({
          url,
          EventSource,
          connectionParams: () => ({ authorization: `Bearer ${key}` }),
        }),
        false: httpBatchLink({ url, headers: () => ({ authorization: `Bearer ${key}` }) }),
      }),
    ],
  });
}

/** Parses the simple CSV the stats export writes (no quoted commas in these tests' titles). */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split('\n');
  const columns = (header ?? '').split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, index) => [columns[index] ?? '', cell])));
}
