// Segment membership in a test run, decided by the product's own rule evaluator over the simulated
// customer's rows: after a step changes the customer or an event happens, the segments they now
// match or no longer match become `segment_entered` / `segment_exited` facts, shown on the step and
// routed like the real ones (a wait for them continues, a segment trigger enters).
import { listActiveSegmentRecords, matchCustomerSegments, type Db } from '@wayfarer/db';
import { segmentEntered, segmentExited } from '@wayfarer/events';
import type { SimulatedChange } from './simulation.schema';
import type { SimulationRun, VisitRef } from './simulation-run';
import { withSimulatedRows } from './simulated-rows';

async function matching(db: Db, run: SimulationRun, now: Date): Promise<string[]> {
  if (run.segments.length === 0) return [];
  const matches = await withSimulatedRows(db, run, (trx, customerId) =>
    matchCustomerSegments(trx, customerId, run.segments, now),
  );
  return run.segments.filter((_segment, index) => matches[index] === true).map((segment) => segment.id);
}

/** Reads the workspace's segments and the ones the customer is in when the run starts (no facts). */
export async function startSimulatedSegments(db: Db, run: SimulationRun): Promise<void> {
  run.segments = await listActiveSegmentRecords(db, run.workspaceId);
  if (run.segments.length === 0) return;
  const kept = (run.customer.segments ?? []).filter((id) => !run.segments.some((segment) => segment.id === id));
  run.customer.segments = [...kept, ...(await matching(db, run, new Date(run.startedAtMs)))];
}

/**
 * Re-evaluates the segments at `now`; each entry or exit is recorded on the visit `ref` (when a
 * step caused it), kept as an event of the customer and routed into the run.
 */
export async function refreshSimulatedSegments(
  db: Db,
  run: SimulationRun,
  now: Date,
  ref: VisitRef | null,
): Promise<void> {
  if (run.segments.length === 0) return;
  const members = new Set(await matching(db, run, now));
  const before = new Set(run.customer.segments ?? []);
  const known = new Set(run.segments.map((segment) => segment.id));
  // Memberships of segments not evaluated here (archived ones) stay as they were.
  run.customer.segments = [...[...before].filter((id) => !known.has(id)), ...members];
  for (const segment of run.segments) {
    if (members.has(segment.id) === before.has(segment.id)) continue;
    const kind = members.has(segment.id) ? 'segment_entered' : 'segment_exited';
    const name = kind === 'segment_entered' ? segmentEntered.name : segmentExited.name;
    const properties = { segmentId: segment.id, segmentName: segment.name };
    const change: SimulatedChange = { kind, segmentId: segment.id, segmentName: segment.name };
    const event = { id: run.nextId('segment'), name, properties };
    run.events.push({ ...event, at: now });
    if (ref !== null) run.visit(ref).changes.push(change);
    await run.routeFact({ kind: 'event', event });
  }
}
