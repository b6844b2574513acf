// The simulated customer as Postgres rows, so the product's own SQL evaluators (segment rules, tier
// rules) decide for a test run exactly as they decide for real. Inside one transaction that is
// always rolled back, temporary tables shadow the customer tables (Postgres looks unqualified names
// up in pg_temp first) and hold a stored customer's rows with what the run changed, or the made-up
// customer. Nothing is ever written to the real tables.
import { sql } from 'kysely';
import type { Db } from '@wayfarer/db';
import { addMonths } from '@wayfarer/loyalty';
import type { SimulationRun } from './simulation-run';

/** Every table a segment rule or a tier rule reads about one customer. */
const SHADOWED = [
  'customers',
  'customer_tags',
  'points_ledger',
  'customer_tiers',
  'customer_tier_history',
  'customer_value_tiers',
  'events',
  'segment_memberships',
] as const;

class RolledBack extends Error {}

const isSample = (run: SimulationRun) => run.customer.id.startsWith('simulation:');

/** The customer's id in the shadow tables: the stored id, or the simulation's own (a uuid) for a made-up one. */
const rowIdOf = (run: SimulationRun) => (isSample(run) ? run.id : run.customer.id);

async function shadowTables(trx: Db): Promise<void> {
  for (const table of SHADOWED)
    await sql`create temp table ${sql.table(table)} (like ${sql.table(`public.${table}`)} including defaults including indexes)`.execute(
      trx,
    );
  // Its id would draw on the real table's sequence; a temporary one leaves that untouched.
  await sql`create temp sequence simulated_tier_history_id`.execute(trx);
  await sql`alter table pg_temp.customer_tier_history
    alter column id set default nextval('pg_temp.simulated_tier_history_id')`.execute(trx);
}

async function copyStored(trx: Db, customerId: string): Promise<void> {
  for (const table of ['customers', 'points_ledger', 'customer_tiers', 'customer_value_tiers', 'events'] as const) {
    const column = table === 'customers' ? 'id' : 'customer_id';
    await sql`insert into pg_temp.${sql.table(table)} select * from ${sql.table(`public.${table}`)}
      where ${sql.ref(column)} = ${customerId}::uuid`.execute(trx);
  }
  await sql`insert into pg_temp.segment_memberships select * from public.segment_memberships
    where customer_id = ${customerId}::uuid`.execute(trx);
}

async function fillSample(trx: Db, run: SimulationRun, customerId: string): Promise<void> {
  const { customer, workspaceId } = run;
  const startedAt = new Date(run.startedAtMs);
  await trx
    .insertInto('customers')
    .values({
      id: customerId,
      workspaceId,
      externalId: customer.externalId,
      attributes: JSON.stringify(customer.attributes),
      timezone: customer.timezone,
      locale: customer.locale,
      updatedAt: startedAt,
    })
    .execute();
  // The made-up balance counts as earned just before the run (tier rules measure points earned).
  if (run.startingPoints !== 0)
    await trx
      .insertInto('pointsLedger')
      .values({
        workspaceId,
        customerId,
        delta: run.startingPoints,
        reason: 'simulation start',
        idempotencyKey: `simulation:${run.id}:start`,
        createdAt: new Date(run.startedAtMs - 1),
      })
      .execute();
  const valueTier = customer.valueTier ?? null;
  if (valueTier !== null)
    await sql`insert into pg_temp.customer_value_tiers (customer_id, workspace_id, tier, purchases, spend, referrals, computed_at)
      values (${customerId}::uuid, ${workspaceId}::uuid, ${valueTier}, 0, 0, 0, ${startedAt})`.execute(trx);
}

/** What the run changed, on top of the stored or made-up customer. */
async function applyRun(trx: Db, run: SimulationRun, customerId: string): Promise<void> {
  const { customer, workspaceId } = run;
  await trx
    .updateTable('customers')
    .set({ attributes: JSON.stringify(customer.attributes) })
    .where('id', '=', customerId)
    .execute();
  if (customer.tags.length > 0)
    await trx
      .insertInto('customerTags')
      .values(customer.tags.map((tag) => ({ workspaceId, customerId, tag, source: 'simulation' })))
      .execute();
  const tier = customer.tier ?? null;
  if (tier !== null || run.tierEvaluated)
    await trx
      .insertInto('customerTiers')
      .values({ customerId, workspaceId, tierKey: tier, since: new Date(run.startedAtMs) })
      .onConflict((conflict) => conflict.column('customerId').doUpdateSet({ tierKey: tier }))
      .execute();
  for (const [index, entry] of run.ledger.entries())
    await trx
      .insertInto('pointsLedger')
      .values({
        workspaceId,
        customerId,
        delta: entry.delta,
        reason: entry.reason,
        idempotencyKey: `simulation:${run.id}:points:${index}`,
        createdAt: entry.at,
        expiresAt: entry.expiresInMonths === null ? null : addMonths(entry.at, entry.expiresInMonths),
      })
      .execute();
  if (run.events.length > 0)
    await trx
      .insertInto('events')
      .values(
        run.events.map((event) => ({
          workspaceId,
          customerId,
          messageId: event.id,
          kind: 'track' as const,
          name: event.name,
          properties: JSON.stringify(event.properties),
          timestamp: event.at,
        })),
      )
      .execute();
}

/**
 * Runs `work` over the simulated customer as rows (`customerId` is theirs there) and rolls every
 * change back, whatever `work` wrote.
 */
export async function withSimulatedRows<T>(
  db: Db,
  run: SimulationRun,
  work: (trx: Db, customerId: string) => Promise<T>,
): Promise<T> {
  const customerId = rowIdOf(run);
  let outcome: { value: T } | undefined;
  try {
    await db.transaction().execute(async (trx) => {
      await shadowTables(trx);
      if (isSample(run)) await fillSample(trx, run, customerId);
      else await copyStored(trx, customerId);
      await applyRun(trx, run, customerId);
      outcome = { value: await work(trx, customerId) };
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  if (outcome === undefined) throw new Error('the simulated rows were rolled back before the work finished');
  return outcome.value;
}
