// Who enters the journey again in a test run: the journey's trigger for the event or tag, and its
// re-entry rule against this run's earlier entries (the same pure decisions as production routing).
import { findEventEntryStep, findTagEntryStep, reentryRefusal } from '@wayfarer/routing';
import type { SimulatedEntry, SimulationFact } from '@wayfarer/workflows';
import type { SimulationRun } from './simulation-run';

/**
 * The entry a fact starts (recorded on the run), or null when no trigger matches or re-entry is
 * refused. Asked again for the same fact (a retried activity), it gives the same answer.
 */
export function routeInRun(run: SimulationRun, fact: SimulationFact, now: Date): SimulatedEntry | null {
  const key = JSON.stringify([fact, now]);
  const decided = run.routedFacts.get(key);
  if (decided !== undefined) return decided;
  const entry = decideEntry(run, fact, now);
  run.routedFacts.set(key, entry);
  return entry;
}

function decideEntry(run: SimulationRun, fact: SimulationFact, now: Date): SimulatedEntry | null {
  const entryStepId =
    fact.kind === 'event' ? findEventEntryStep(run.ir, fact.event) : findTagEntryStep(run.ir, fact.tag);
  if (entryStepId === undefined) return null;
  const latest = [...run.entries.values()].sort((a, b) => b.enteredAt.getTime() - a.enteredAt.getTime())[0];
  const previous =
    latest === undefined
      ? undefined
      : { status: latest.running ? ('running' as const) : ('completed' as const), enteredAt: latest.enteredAt };
  if (reentryRefusal(run.ir.settings, previous, now) !== undefined) return null;
  const entry = run.entries.size + 1;
  const enrollmentId = `${run.id}#${entry}`;
  run.entries.set(enrollmentId, { entry, running: true, enteredAt: now, reason: null });
  return { enrollmentId, entryStepId };
}
