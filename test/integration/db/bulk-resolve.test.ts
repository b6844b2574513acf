import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, resolveCustomer, resolveImportedCustomers, type Db, type IdentityInput } from '@wayfarer/db';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

// An import batch resolves its rows set-based where it can; whatever the rows, the outcome must be
// the one identify gives when the same rows arrive one by one in file order.

type IdentitySet = IdentityInput[];

/** A row's identities as an import gives them: at most one of each kind, the user id first. */
const identitySet: fc.Arbitrary<IdentitySet> = fc
  .record({
    userId: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    email: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    phone: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  })
  .map(({ userId, email, phone }) => [
    ...(userId === undefined ? [] : [{ kind: 'user_id' as const, value: `u${userId}` }]),
    ...(email === undefined ? [] : [{ kind: 'email' as const, value: `e${email}@x.tw` }]),
    ...(phone === undefined ? [] : [{ kind: 'phone' as const, value: `+88691200000${phone}` }]),
  ])
  .filter((set) => set.length > 0);

/** The workspace's customers, identities and merges, with customers named by their external id. */
async function snapshot(db: Db, workspaceId: string) {
  const identities = await sql<{ kind: string; value: string; owner: string }>`
    select i.kind, i.value, c.external_id as owner from customer_identities i join customers c on c.id = i.customer_id
    where i.workspace_id = ${workspaceId} order by i.kind, i.value`.execute(db);
  const customers = await sql<{ externalId: string }>`select external_id as "externalId" from customers
    where workspace_id = ${workspaceId} order by external_id`.execute(db);
  const merges = await sql<{ survivor: string }>`select s.external_id as survivor from customer_merges m
    join customers s on s.id = m.survivor_id where m.workspace_id = ${workspaceId} order by s.external_id`.execute(db);
  return { identities: identities.rows, customers: customers.rows, merges: merges.rows };
}

async function externalIdOf(db: Db, customerId: string): Promise<string> {
  const row = await db.selectFrom('customers').select('externalId').where('id', '=', customerId).executeTakeFirst();
  return row?.externalId ?? `gone:${customerId}`;
}

describe('resolving an import batch set-based', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('bulk_resolve');
  });
  afterAll(async () => database.drop());

  it('creates, attaches and merges exactly as resolving the rows one by one in order', async () => {
    const { db } = database;
    await fc.assert(
      fc.asyncProperty(
        fc.array(identitySet, { maxLength: 6 }),
        fc.array(identitySet, { minLength: 1, maxLength: 12 }),
        async (existing, batch) => {
          const [bulk, oneByOne] = await Promise.all([createWorkspace(db, 'bulk'), createWorkspace(db, 'one by one')]);
          for (const workspace of [bulk, oneByOne]) {
            for (const set of existing) await resolveCustomer(db, workspace.id, set);
          }
          const bulkResults = await db.transaction().execute(async (trx) => {
            const resolved = await resolveImportedCustomers(trx, bulk.id, batch);
            return Promise.all(
              resolved.map(async (r) => ({ customer: await externalIdOf(trx, r.customerId), created: r.created })),
            );
          });
          const sequential = await db.transaction().execute(async (trx) => {
            const resolved = [];
            for (const set of batch) resolved.push(await resolveCustomer(trx, oneByOne.id, set));
            // The bulk names a customer merged away later by its survivor: so do we.
            const survivorOf = new Map(resolved.flatMap((r) => r.mergedIds.map((id) => [id, r.customer.id] as const)));
            return Promise.all(
              resolved.map(async (r) => {
                let id = r.customer.id;
                for (let next = survivorOf.get(id); next !== undefined; next = survivorOf.get(id)) id = next;
                return { customer: await externalIdOf(trx, id), created: r.created };
              }),
            );
          });
          expect(bulkResults).toEqual(sequential);
          expect(await snapshot(db, bulk.id)).toEqual(await snapshot(db, oneByOne.id));
        },
      ),
      { numRuns: 60 },
    );
  });
});
