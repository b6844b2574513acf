// Resolving many customers at once (an import batch) with the rules of resolveCustomer. The common
// cases are done set-based: every identity bound to one customer (known), none bound at all (new),
// and new identities for one known customer that no other row of the batch touches (attach). The
// rest — several customers to merge, rows sharing an identity or a customer — go through
// resolveCustomer itself, one at a time in file order, so merges happen exactly as on identify.
import { sql } from 'kysely';
import type { Db } from '../connect';
import { arrayLiteral } from '../array-literal';
import { toJson } from '../json';
import { ANONYMOUS_EXTERNAL_ID_PREFIX } from './customer-merge.repository';
import { identityKey, identityLockKey } from './identity-fast-path.repository';
import { resolveCustomer, type IdentityInput } from './identities.repository';

export interface BulkResolved {
  customerId: string;
  created: boolean;
  /** Created set-based with `attributesOf` its set's attributes (nothing left to merge for that set). */
  attributesWritten?: boolean;
}

type Plan =
  | { kind: 'known'; customerId: string }
  | { kind: 'new' }
  | { kind: 'attach'; customerId: string }
  | { kind: 'one_by_one' };

async function lockAll(trx: Db, workspaceId: string, sets: readonly (readonly IdentityInput[])[]): Promise<void> {
  const keys = [
    ...new Set(sets.flatMap((set) => set.map((identity) => identityLockKey(workspaceId, identity)))),
  ].sort();
  // The same locks, in the same (sorted) order, as every single resolution takes.
  await sql`select count(pg_advisory_xact_lock(hashtextextended(k, 0)))
    from (select k from unnest(${arrayLiteral(keys)}::text[]) as k order by k) as sorted`.execute(trx);
}

/**
 * `owners`: `kind:value` → customer, for bound identities and for user ids that are a customer's
 * external id; `bound`: the keys bound in customer_identities.
 */
async function knownOwners(
  trx: Db,
  workspaceId: string,
  identities: readonly IdentityInput[],
): Promise<{ owners: Map<string, string>; bound: Set<string> }> {
  // One primary-key probe per identity (`limit 1` keeps the lateral from being flattened into a
  // join): a hash join over the workspace's identities is chosen on stale statistics, and during an
  // import it reads every identity the import has written so far, once per batch.
  const bound = await sql<{ kind: string; value: string; customerId: string }>`
    select wanted.kind, wanted.value, i.customer_id as "customerId"
    from unnest(${arrayLiteral(identities.map((i) => i.kind))}::text[], ${arrayLiteral(identities.map((i) => i.value))}::text[]) as wanted(kind, value)
    cross join lateral (
      select customer_id from customer_identities
      where workspace_id = ${workspaceId} and kind = wanted.kind and value = wanted.value limit 1) as i`.execute(trx);
  const owners = new Map(bound.rows.map((row) => [`${row.kind}:${row.value}`, row.customerId]));
  const boundKeys = new Set(owners.keys());
  const userIds = identities.filter((i) => i.kind === 'user_id' && !owners.has(identityKey(i))).map((i) => i.value);
  if (userIds.length > 0) {
    // Likewise a probe of the (workspace, external id) key per user id.
    const byExternalId = await sql<{ id: string; externalId: string }>`
      select c.id, wanted.external_id as "externalId"
      from unnest(${arrayLiteral(userIds)}::text[]) as wanted(external_id)
      cross join lateral (
        select id from customers
        where workspace_id = ${workspaceId} and external_id = wanted.external_id limit 1) as c`.execute(trx);
    for (const row of byExternalId.rows) owners.set(`user_id:${row.externalId}`, row.id);
  }
  return { owners, bound: boundKeys };
}

function customersOf(set: readonly IdentityInput[], owners: Map<string, string>): Set<string> {
  return new Set(set.flatMap((identity) => owners.get(identityKey(identity)) ?? []));
}

function planOf(set: readonly IdentityInput[], owners: Map<string, string>, bound: Set<string>): Plan {
  const customers = customersOf(set, owners);
  if (customers.size === 0) return { kind: 'new' };
  const [only] = customers;
  if (customers.size !== 1 || only === undefined) return { kind: 'one_by_one' };
  if (set.every((identity) => bound.has(identityKey(identity)))) return { kind: 'known', customerId: only };
  // An anonymous id has its own rule (withoutKnownAnonymousOwners): left to resolveCustomer.
  if (set.some((identity) => identity.kind === 'anonymous_id')) return { kind: 'one_by_one' };
  return { kind: 'attach', customerId: only };
}

/**
 * The plan of every set, in order. A set sharing an identity with an earlier one, or attaching to a
 * customer another set of the batch also names, is resolved one by one: its outcome depends on
 * what the other did first.
 */
function planAll(sets: readonly (readonly IdentityInput[])[], owners: Map<string, string>, bound: Set<string>) {
  const namings = new Map<string, number>();
  for (const set of sets)
    for (const customerId of customersOf(set, owners)) namings.set(customerId, (namings.get(customerId) ?? 0) + 1);
  const claimed = new Set<string>();
  return sets.map((set): Plan => {
    const keys = set.map(identityKey);
    let plan = keys.some((key) => claimed.has(key)) ? { kind: 'one_by_one' as const } : planOf(set, owners, bound);
    if (plan.kind === 'attach' && (namings.get(plan.customerId) ?? 0) > 1) plan = { kind: 'one_by_one' };
    for (const key of keys) claimed.add(key);
    return plan;
  });
}

async function bindAll(trx: Db, workspaceId: string, bindings: readonly (IdentityInput & { customerId: string })[]) {
  if (bindings.length === 0) return;
  await sql`insert into customer_identities (workspace_id, customer_id, kind, value)
    select ${workspaceId}, customer_id, kind, value
    from unnest(${arrayLiteral(bindings.map((b) => b.customerId))}::uuid[], ${arrayLiteral(bindings.map((b) => b.kind))}::text[], ${arrayLiteral(bindings.map((b) => b.value))}::text[]) as b(customer_id, kind, value)
    on conflict (workspace_id, kind, value) do nothing`.execute(trx);
}

/**
 * New identities for known customers, as resolveCustomer adds them to its one match: an anonymous
 * customer takes the set's user id as its external id, then every identity is bound.
 */
async function attachAll(
  trx: Db,
  workspaceId: string,
  attached: readonly { customerId: string; set: readonly IdentityInput[] }[],
): Promise<void> {
  const named = attached.flatMap(({ customerId, set }) => {
    const userId = set.find((identity) => identity.kind === 'user_id');
    return userId === undefined ? [] : [{ customerId, externalId: userId.value }];
  });
  if (named.length > 0) {
    await sql`update customers as c set external_id = n.external_id, updated_at = now()
      from unnest(${named.map((n) => n.customerId)}::uuid[], ${named.map((n) => n.externalId)}::text[]) as n(id, external_id)
      where c.id = n.id and starts_with(c.external_id, ${ANONYMOUS_EXTERNAL_ID_PREFIX})`.execute(trx);
  }
  await bindAll(
    trx,
    workspaceId,
    attached.flatMap(({ customerId, set }) => set.map((identity) => ({ ...identity, customerId }))),
  );
}

async function createAll(
  trx: Db,
  workspaceId: string,
  sets: readonly (readonly IdentityInput[])[],
  attributes: readonly Record<string, unknown>[],
): Promise<BulkResolved[]> {
  if (sets.length === 0) return [];
  const externalIds = sets.map((set) => {
    const userId = set.find((identity) => identity.kind === 'user_id');
    const first = set[0];
    if (first === undefined) throw new Error('resolveImportedCustomers needs at least one identity per customer.');
    return userId?.value ?? `${ANONYMOUS_EXTERNAL_ID_PREFIX}${identityKey(first)}`;
  });
  const created = await sql<{ id: string; externalId: string; created: boolean }>`
    insert into customers (workspace_id, external_id, attributes, timezone, locale, updated_at)
    select ${workspaceId}, external_id, attributes, 'UTC', 'en', now()
    from unnest(${arrayLiteral(externalIds)}::text[], ${arrayLiteral(attributes.map((patch) => toJson(patch)))}::jsonb[]) as n(external_id, attributes)
    on conflict (workspace_id, external_id) do update set updated_at = excluded.updated_at
    returning id, external_id as "externalId", (xmax = 0) as created`.execute(trx);
  const byExternalId = new Map(created.rows.map((row) => [row.externalId, row]));
  const results = externalIds.map((externalId) => {
    const row = byExternalId.get(externalId);
    if (row === undefined) throw new Error(`No customer row came back for ${externalId}.`);
    return { customerId: row.id, created: row.created, attributesWritten: row.created };
  });
  await bindAll(
    trx,
    workspaceId,
    sets.flatMap((set, index) =>
      set.map((identity) => ({ ...identity, customerId: results[index]?.customerId ?? '' })),
    ),
  );
  return results;
}

export interface ResolveImportedOptions {
  /** The attributes a customer created set-based for set i starts with (see resolveImportedCustomers). */
  attributesOf?: (index: number) => Record<string, unknown>;
  /**
   * Told, once the sets' identities are locked and read and before anything is written, which
   * customers the sets name (`namedCustomers`); resolving true says it waited for another writer to
   * commit meanwhile, and the owners are read again. An import writes two batches at once this way.
   */
  beforeWriting?: (named: Set<string> | undefined) => Promise<boolean>;
}

/**
 * Every customer the identity sets name (owners of their identities, customers whose external id is
 * one of their user ids); undefined when a user id looks like an anonymous customer's external id,
 * which a customer created meanwhile could take.
 */
function namedCustomers(
  sets: readonly (readonly IdentityInput[])[],
  owners: Map<string, string>,
): Set<string> | undefined {
  const anonymousLike = sets.some((set) =>
    set.some((i) => i.kind === 'user_id' && i.value.startsWith(ANONYMOUS_EXTERNAL_ID_PREFIX)),
  );
  return anonymousLike ? undefined : new Set(owners.values());
}

/**
 * The customer of each identity set (user id first in each, as for resolveCustomer), created or
 * merged as resolveCustomer would, in the order given. Call it inside a transaction: it takes the
 * identities' locks for the transaction's length. A customer merged away by a later set is
 * reported as the survivor it was merged into. Unlike ingest's resolveCustomers it says which
 * customers it created (an import's counts) and holds its locks until the caller's batch commits.
 * `attributesOf(i)`: the attributes a customer created set-based for set i starts with (an import
 * writes its row's attributes in the same insert instead of updating the new row straight after);
 * a customer found or merged keeps its own, for the caller to merge into.
 */
export async function resolveImportedCustomers(
  trx: Db,
  workspaceId: string,
  sets: readonly (readonly IdentityInput[])[],
  options: ResolveImportedOptions = {},
): Promise<BulkResolved[]> {
  if (!trx.isTransaction) throw new Error('resolveImportedCustomers must run inside a transaction.');
  if (sets.length === 0) {
    await options.beforeWriting?.(new Set());
    return [];
  }
  await lockAll(trx, workspaceId, sets);
  let known = await knownOwners(trx, workspaceId, sets.flat());
  if (await options.beforeWriting?.(namedCustomers(sets, known.owners))) {
    known = await knownOwners(trx, workspaceId, sets.flat());
  }
  const { owners, bound } = known;
  const plans = planAll(sets, owners, bound);
  const results: (BulkResolved | undefined)[] = plans.map((plan) =>
    plan.kind === 'known' || plan.kind === 'attach' ? { customerId: plan.customerId, created: false } : undefined,
  );
  await attachAll(
    trx,
    workspaceId,
    plans.flatMap((plan, index) =>
      plan.kind === 'attach' ? [{ customerId: plan.customerId, set: sets[index] ?? [] }] : [],
    ),
  );
  const fresh = plans.flatMap((plan, index) => (plan.kind === 'new' ? [index] : []));
  const created = await createAll(
    trx,
    workspaceId,
    fresh.map((index) => sets[index] ?? []),
    fresh.map((index) => options.attributesOf?.(index) ?? {}),
  );
  fresh.forEach((index, position) => (results[index] = created[position]));
  const survivorOf = new Map<string, string>();
  for (const [index, plan] of plans.entries()) {
    if (plan.kind !== 'one_by_one') continue;
    const resolved = await resolveCustomer(trx, workspaceId, sets[index] ?? []);
    for (const mergedId of resolved.mergedIds) survivorOf.set(mergedId, resolved.customer.id);
    results[index] = { customerId: resolved.customer.id, created: resolved.created };
  }
  return results.map((result) => {
    if (result === undefined) throw new Error('A customer was left unresolved.');
    let customerId = result.customerId;
    for (let next = survivorOf.get(customerId); next !== undefined; next = survivorOf.get(customerId))
      customerId = next;
    return { ...result, customerId };
  });
}

/**
 * The customer each identity set names, without creating or merging anyone: the owner of its
 * first known identity (user id first), or undefined when none is known.
 */
export async function findCustomersOf(
  db: Db,
  workspaceId: string,
  sets: readonly (readonly IdentityInput[])[],
): Promise<(string | undefined)[]> {
  if (sets.length === 0) return [];
  const { owners } = await knownOwners(db, workspaceId, sets.flat());
  return sets.map((set) => set.map((identity) => owners.get(identityKey(identity))).find((id) => id !== undefined));
}
