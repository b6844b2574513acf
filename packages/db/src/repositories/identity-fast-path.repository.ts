// The two cheap cases of resolving a customer on ingest, one statement each: every identity
// already bound to one customer, and a single identity seen for the first time. Everything else
// (merges, new identities of a known customer, races) takes the locked path in resolveCustomer.
import { sql } from 'kysely';
import type { Db } from '../connect';
import type { Customer } from '../schema';
import { ANONYMOUS_EXTERNAL_ID_PREFIX } from './customer-merge.repository';
import type { IdentityInput } from './identities.repository';

export const identityKey = (identity: IdentityInput) => `${identity.kind}:${identity.value}`;

/** The advisory lock key every resolution touching this identity takes (see lockIdentities). */
export const identityLockKey = (workspaceId: string, identity: IdentityInput) =>
  `${workspaceId}:${identityKey(identity)}`;

/** The customer every identity is bound to, when they are all bound to the same one; one join. */
export async function findCustomerBoundToAll(
  db: Db,
  workspaceId: string,
  identities: readonly IdentityInput[],
): Promise<Customer | undefined> {
  if (identities.length === 0) return undefined;
  const rows = await db
    .selectFrom('customerIdentities as i')
    .innerJoin('customers as c', 'c.id', 'i.customerId')
    .selectAll('c')
    .select(['i.kind as identityKind', 'i.value as identityValue'])
    .where('i.workspaceId', '=', workspaceId)
    .where((eb) => eb.or(identities.map((i) => eb.and([eb('i.kind', '=', i.kind), eb('i.value', '=', i.value)]))))
    .execute();
  const [first] = rows;
  const bound = new Set(rows.map((row) => `${row.identityKind}:${row.identityValue}`));
  if (first === undefined || rows.some((row) => row.id !== first.id)) return undefined;
  if (!identities.every((identity) => bound.has(identityKey(identity)))) return undefined;
  const { identityKind: _kind, identityValue: _value, ...customer } = first;
  return customer;
}

interface FirstSeenRow extends Customer {
  created: boolean;
  bound: boolean;
}

/**
 * Creates (or finds, by external id) the customer of one identity nobody had bound, and binds it,
 * in one statement that first takes the identity's advisory lock, so it serialises with the locked
 * path. The customers unique key (workspace, external id) makes concurrent first events of the
 * identity meet on one row. `bound: false` means the identity was bound meanwhile by someone else;
 * the caller must then re-resolve on the locked path.
 */
export async function createForFirstIdentity(
  db: Db,
  workspaceId: string,
  identity: IdentityInput,
): Promise<{ customer: Customer; created: boolean; bound: boolean }> {
  const externalId =
    identity.kind === 'user_id' ? identity.value : `${ANONYMOUS_EXTERNAL_ID_PREFIX}${identityKey(identity)}`;
  const result = await sql<FirstSeenRow>`
    with locked as (
      select pg_advisory_xact_lock(hashtextextended(${identityLockKey(workspaceId, identity)}, 0))
    ), customer as (
      insert into customers (workspace_id, external_id, attributes, timezone, locale, updated_at)
      select ${workspaceId}, ${externalId}, '{}'::jsonb, 'UTC', 'en', now() from locked
      on conflict (workspace_id, external_id) do update set updated_at = excluded.updated_at
      returning *, (xmax = 0) as created
    ), bound as (
      insert into customer_identities (workspace_id, customer_id, kind, value)
      select workspace_id, id, ${identity.kind}, ${identity.value} from customer
      on conflict (workspace_id, kind, value) do nothing
      returning customer_id
    )
    select customer.*, exists (select 1 from bound) as bound from customer`.execute(db);
  const row = result.rows[0];
  if (row === undefined) throw new Error('The first-seen customer insert returned no row.');
  const { created, bound, ...customer } = row;
  if (bound) return { customer, created, bound };
  // Already bound (a concurrent resolution won): fine if to this very customer.
  const owner = await db
    .selectFrom('customerIdentities')
    .select('customerId')
    .where('workspaceId', '=', workspaceId)
    .where('kind', '=', identity.kind)
    .where('value', '=', identity.value)
    .executeTakeFirst();
  return { customer, created, bound: owner?.customerId === customer.id };
}
