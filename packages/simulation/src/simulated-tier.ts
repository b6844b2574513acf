// "Evaluate tier" in a test run: the loyalty program's own evaluation (its tier rules and measures)
// over the simulated customer's rows, points granted and purchases made in the run included. A
// move is kept on the simulated customer, shown on the step and routed as a `tier_changed` fact.
import type { Db } from '@wayfarer/db';
import { tierChanged } from '@wayfarer/events';
import { evaluateTier } from '@wayfarer/loyalty';
import type { TierEvaluated } from '@wayfarer/nodes/runtime';
import type { SimulationRun, VisitRef } from './simulation-run';
import { withSimulatedRows } from './simulated-rows';

async function tierNames(db: Db, workspaceId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('tierDefinitions')
    .select(['key', 'name'])
    .where('workspaceId', '=', workspaceId)
    .execute();
  return new Map(rows.map((row) => [row.key, row.name]));
}

export async function evaluateSimulatedTier(
  db: Db,
  run: SimulationRun,
  ref: VisitRef,
  now: Date,
): Promise<TierEvaluated> {
  const { tier, change } = await withSimulatedRows(db, run, (trx, customerId) =>
    evaluateTier(trx, { workspaceId: run.workspaceId, customerId, now }),
  );
  run.customer.tier = tier;
  run.tierEvaluated = true;
  if (change === null) return { tier, change: null };
  const names = await tierNames(db, run.workspaceId);
  const nameOf = (key: string | null) => (key === null ? null : (names.get(key) ?? key));
  const { from, to, direction } = change;
  await run.emit(
    ref,
    { kind: 'event', event: { id: run.nextId('tier'), name: tierChanged.name, properties: { from, to, direction } } },
    { kind: 'tier_changed', from, to, fromName: nameOf(from), toName: nameOf(to), direction },
    now,
  );
  return { tier, change: { ...change } };
}
