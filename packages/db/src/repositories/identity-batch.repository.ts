// Resolving the customers of a whole batch of messages in a few statements: one read for every
// identity the batch names, one statement creating the customers of all first-seen single
// identities, and the locked path of resolveCustomer only for messages that merge or bind new
// identities to a known customer. Messages are resolved in order, so a batch that creates a
// profile and then names it again finds it.
import { sql } from 'kysely';
import type { Db } from '../connect';
import { ANONYMOUS_EXTERNAL_ID_PREFIX } from './customer-merge.repository';
import { identityKey, identityLockKey } from './identity-fast-path.repository';
import { resolveCustomer, type IdentityInput } from './identities.repository';

/**
 * The customer bound to each identity (by `kind:value`), a userId also by external id: one
 * statement for the whole batch. Read-only, so callers may run it beside their other reads.
 */
export async function findIdentityOwners(
  db: Db,
  workspaceId: string,
  identities: readonly IdentityInput[],
): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  if (identities.length === 0) return owners;
  const userIds = identities.filter((i) => i.kind === 'user_id').map((i) => i.value);
  const result = await sql<{ kind: IdentityInput['kind']; value: string; customerId: string; bound: boolean }>`
    select kind, value, customer_id, true as bound from customer_identities
    where workspace_id = ${workspaceId}
      and (kind, value) in (select * from unnest(${identities.map((i) => i.kind)}::text[],
        ${identities.map((i) => i.value)}::text[]))
    union all
    select 'user_id', external_id, id, false from customers
    where workspace_id = ${workspaceId} and external_id = any(${userIds}::text[])`.execute(db);
  // A bound identity wins over an external id match (a merged customer's id stays bound to the survivor).
  for (const row of result.rows) if (row.bound) owners.set(identityKey(row), row.customerId);
  for (const row of result.rows) if (!owners.has(identityKey(row))) owners.set(identityKey(row), row.customerId);
  return owners;
}

interface FirstSeen {
  kind: IdentityInput['kind'];
  value: string;
  customerId: string;
  bound: boolean;
}

/**
 * Creates (or finds, by external id) the customers of identities nobody had bound and binds them,
 * in one statement that first takes each identity's advisory lock (in key order, the lock
 * resolveCustomer takes), so it serialises with every other resolution of those identities.
 * `bound: false`: someone bound the identity meanwhile; resolve that one on the locked path.
 */
async function createForFirstIdentities(db: Db, workspaceId: string, identities: readonly IdentityInput[]) {
  const externalId = (i: IdentityInput) =>
    i.kind === 'user_id' ? i.value : `${ANONYMOUS_EXTERNAL_ID_PREFIX}${identityKey(i)}`;
  const result = await sql<FirstSeen>`
    with input (kind, value, external_id, lock_key) as (
      select * from unnest(${identities.map((i) => i.kind)}::text[], ${identities.map((i) => i.value)}::text[],
        ${identities.map(externalId)}::text[], ${identities.map((i) => identityLockKey(workspaceId, i))}::text[])
    ), locked as (
      select pg_advisory_xact_lock(hashtextextended(lock_key, 0)) from (select lock_key from input order by lock_key) k
    ), customer as (
      insert into customers (workspace_id, external_id, attributes, timezone, locale, updated_at)
      select ${workspaceId}, external_id, '{}'::jsonb, 'UTC', 'en', now() from input
      where (select count(*) from locked) >= 0
      on conflict (workspace_id, external_id) do update set updated_at = excluded.updated_at
      returning id, external_id
    ), bound as (
      insert into customer_identities (workspace_id, customer_id, kind, value)
      select ${workspaceId}, customer.id, input.kind, input.value from input join customer using (external_id)
      on conflict (workspace_id, kind, value) do nothing
      returning kind, value
    )
    select input.kind, input.value, customer.id as customer_id, bound.kind is not null as bound
    from input join customer using (external_id) left join bound using (kind, value)`.execute(db);
  return result.rows;
}

/**
 * The customer of each message (a list of its identities, userId first), in order: a message
 * whose identities are all bound to one customer costs nothing more, first-seen single identities
 * are created together, anything else goes through resolveCustomer (merges included).
 */
export async function resolveCustomers(
  db: Db,
  workspaceId: string,
  messages: readonly (readonly IdentityInput[])[],
  /** findIdentityOwners' answer for (at least) these identities, when the caller read it already. */
  knownOwners?: Map<string, string>,
): Promise<string[]> {
  const unique = new Map(messages.flat().map((identity) => [identityKey(identity), identity]));
  const owners = new Map(knownOwners ?? (await findIdentityOwners(db, workspaceId, [...unique.values()])));
  const survivorOf = new Map<string, string>();
  const current = (customerId: string): string => {
    const survivor = survivorOf.get(customerId);
    return survivor === undefined ? customerId : current(survivor);
  };
  const results: string[] = [];
  const waiting = new Map<string, { identity: IdentityInput; indexes: number[] }>();

  const createWaiting = async () => {
    if (waiting.size === 0) return;
    const created = await createForFirstIdentities(
      db,
      workspaceId,
      [...waiting.values()].map((entry) => entry.identity),
    );
    for (const [key, { identity, indexes }] of waiting) {
      const row = created.find((candidate) => identityKey(candidate) === key);
      const customerId =
        row?.bound === true ? row.customerId : (await resolveCustomer(db, workspaceId, [identity])).customer.id;
      owners.set(key, customerId);
      for (const index of indexes) results[index] = customerId;
    }
    waiting.clear();
  };

  for (const [index, identities] of messages.entries()) {
    const found = identities.map((identity) => owners.get(identityKey(identity)));
    const [first] = found;
    if (
      first !== undefined &&
      found.every((customerId) => customerId !== undefined && current(customerId) === current(first))
    ) {
      results[index] = current(first);
      continue;
    }
    const [single] = identities;
    if (single !== undefined && identities.length === 1) {
      const key = identityKey(single);
      const entry = waiting.get(key) ?? { identity: single, indexes: [] };
      waiting.set(key, { ...entry, indexes: [...entry.indexes, index] });
      continue;
    }
    await createWaiting();
    const resolved = await resolveCustomer(db, workspaceId, identities);
    for (const mergedId of resolved.mergedIds) survivorOf.set(mergedId, resolved.customer.id);
    // Which of them ended bound to it is resolveCustomer's decision (an anonymous id may stay).
    for (const identity of identities) owners.delete(identityKey(identity));
    results[index] = resolved.customer.id;
  }
  await createWaiting();
  return results.map(current);
}
