import { sql } from 'kysely';
import type { Db } from '../connect';
import type { Customer } from '../schema';
import { ANONYMOUS_EXTERNAL_ID_PREFIX, mergeCustomers } from './customer-merge.repository';
import {
  createForFirstIdentity,
  findCustomerBoundToAll,
  identityKey,
  identityLockKey,
} from './identity-fast-path.repository';
import type { CustomerIdentity, IdentityKind } from '../schema';

/** One way of recognising a customer; the value is already normalised by the caller. */
export interface IdentityInput {
  kind: IdentityKind;
  value: string;
}

export interface ResolvedCustomer {
  customer: Customer;
  created: boolean;
  /** Ids of customers merged into `customer` by this resolution. */
  mergedIds: string[];
}

const keyOf = identityKey;

/** Customers known by any of the identities (a userId also matches `customers.external_id`). */
async function matchIdentities(db: Db, workspaceId: string, identities: readonly IdentityInput[]) {
  const bound = await db
    .selectFrom('customerIdentities')
    .select(['kind', 'value', 'customerId'])
    .where('workspaceId', '=', workspaceId)
    .where((eb) => eb.or(identities.map((i) => eb.and([eb('kind', '=', i.kind), eb('value', '=', i.value)]))))
    .execute();
  const byKey = new Map(bound.map((row) => [keyOf(row), row.customerId]));
  const userId = identities.find((identity) => identity.kind === 'user_id');
  if (userId !== undefined && !byKey.has(keyOf(userId))) {
    const byExternalId = await db
      .selectFrom('customers')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('externalId', '=', userId.value)
      .executeTakeFirst();
    if (byExternalId) byKey.set(keyOf(userId), byExternalId.id);
  }
  // In the caller's order, so the first (the userId) picks the surviving customer.
  const customerIds = [...new Set(identities.flatMap((i) => byKey.get(keyOf(i)) ?? []))];
  return { customerIds, byKey };
}

/**
 * A device's anonymous id joins the profile it names only while that profile is anonymous: a
 * known customer (with a userId) found through the anonymous id alone is not merged into another
 * userId — two people who signed in on one shared device stay two customers.
 */
async function withoutKnownAnonymousOwners(
  db: Db,
  identities: readonly IdentityInput[],
  match: { customerIds: string[]; byKey: Map<string, string> },
): Promise<string[]> {
  const userId = identities.find((identity) => identity.kind === 'user_id');
  if (userId === undefined) return match.customerIds;
  const ownerOf = (identity: IdentityInput) => match.byKey.get(keyOf(identity));
  const viaOtherIdentity = new Set(
    identities.filter((identity) => identity.kind !== 'anonymous_id').flatMap((identity) => ownerOf(identity) ?? []),
  );
  const onlyAnonymous = identities
    .filter((identity) => identity.kind === 'anonymous_id')
    .flatMap((identity) => ownerOf(identity) ?? [])
    .filter((customerId) => !viaOtherIdentity.has(customerId));
  if (onlyAnonymous.length === 0) return match.customerIds;
  const known = await db
    .selectFrom('customers')
    .select('id')
    .where('id', 'in', onlyAnonymous)
    .where('externalId', 'not like', `${ANONYMOUS_EXTERNAL_ID_PREFIX}%`)
    .execute();
  const excluded = new Set(known.map((row) => row.id));
  return match.customerIds.filter((customerId) => !excluded.has(customerId));
}

// Serialises resolutions that touch the same identity (two first events of one new customer).
async function lockIdentities(trx: Db, workspaceId: string, identities: readonly IdentityInput[]): Promise<void> {
  // The same keys as the single-statement first-seen path takes (identity-fast-path.repository.ts).
  const keys = [...new Set(identities.map((identity) => identityLockKey(workspaceId, identity)))].sort();
  for (const key of keys) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
  }
}

async function createFor(trx: Db, workspaceId: string, identities: readonly IdentityInput[]): Promise<Customer> {
  const userId = identities.find((identity) => identity.kind === 'user_id');
  const first = identities[0];
  if (first === undefined) throw new Error('resolveCustomer needs at least one identity.');
  const externalId = userId?.value ?? `${ANONYMOUS_EXTERNAL_ID_PREFIX}${keyOf(first)}`;
  return trx
    .insertInto('customers')
    .values({ workspaceId, externalId, attributes: '{}', timezone: 'UTC', locale: 'en', updatedAt: new Date() })
    .onConflict((conflict) => conflict.columns(['workspaceId', 'externalId']).doUpdateSet({ updatedAt: new Date() }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The customer known by any of `identities` (put the userId first: it wins), created when none
 * is known. Identities of several customers merge them into the first; new identities are bound
 * to the result. A known customer with every identity bound costs one read and no transaction; a
 * first-seen single identity one more statement (see identity-fast-path.repository.ts). Given a
 * transaction, it runs inside it (an import batch resolves many rows in one).
 */
export async function resolveCustomer(
  db: Db,
  workspaceId: string,
  identities: readonly IdentityInput[],
): Promise<ResolvedCustomer> {
  const known = await findCustomerBoundToAll(db, workspaceId, identities);
  if (known) return { customer: known, created: false, mergedIds: [] };
  // One identity the join did not find is unbound (identities cascade with their customer).
  const [single] = identities;
  if (single !== undefined && identities.length === 1) {
    const first = await createForFirstIdentity(db, workspaceId, single);
    if (first.bound) return { customer: first.customer, created: first.created, mergedIds: [] };
  }
  return resolveLocked(db, workspaceId, identities);
}

/** Runs `work` in the caller's transaction, or in a new one when given a pool. */
async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

async function resolveLocked(
  db: Db,
  workspaceId: string,
  identities: readonly IdentityInput[],
): Promise<ResolvedCustomer> {
  return inTransaction(db, async (trx) => {
    await lockIdentities(trx, workspaceId, identities);
    const customerIds = await withoutKnownAnonymousOwners(
      trx,
      identities,
      await matchIdentities(trx, workspaceId, identities),
    );
    const [survivorId, ...mergedIds] = customerIds;
    for (const mergedId of mergedIds) {
      if (survivorId !== undefined) await mergeCustomers(trx, { workspaceId, survivorId, mergedId });
    }
    let customer =
      survivorId === undefined
        ? await createFor(trx, workspaceId, identities)
        : await trx.selectFrom('customers').selectAll().where('id', '=', survivorId).executeTakeFirstOrThrow();
    const userId = identities.find((identity) => identity.kind === 'user_id');
    if (userId !== undefined && customer.externalId.startsWith(ANONYMOUS_EXTERNAL_ID_PREFIX)) {
      customer = await trx
        .updateTable('customers')
        .set({ externalId: userId.value, updatedAt: new Date() })
        .where('id', '=', customer.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    }
    await bindIdentities(trx, workspaceId, customer.id, identities);
    return { customer, created: survivorId === undefined, mergedIds };
  });
}

/** Binds identities to the customer; one already bound (to anyone) is left as it is. */
export async function bindIdentities(
  db: Db,
  workspaceId: string,
  customerId: string,
  identities: readonly IdentityInput[],
): Promise<void> {
  if (identities.length === 0) return;
  await db
    .insertInto('customerIdentities')
    .values(identities.map((identity) => ({ workspaceId, customerId, ...identity })))
    .onConflict((conflict) => conflict.columns(['workspaceId', 'kind', 'value']).doNothing())
    .execute();
}

export async function listCustomerIdentities(db: Db, customerId: string): Promise<CustomerIdentity[]> {
  return db
    .selectFrom('customerIdentities')
    .selectAll()
    .where('customerId', '=', customerId)
    .orderBy('kind')
    .orderBy('value')
    .execute();
}
