// The router's entry decisions for a claimed batch, in one statement instead of one per event and
// journey (bench: ingest). Only entries that need no lock are decided this way ("once", and "every"
// without a cooldown; see decidableWithoutLock), and only for the first event of a customer who has
// no events being routed: a later event of theirs must see what the earlier one recorded. Anything
// not decided here is decided as before, event by event, when its turn comes.
import {
  enrollFirstsOrReadFacts,
  listLiveJourneyVersions,
  type EntryFacts,
  type EventRow,
  type FirstEntry,
} from '@wayfarer/db';
import { entryWithholding } from './admit-entry';
import { entryWorkflowId, eventRulesOf, findEventEntryStep, toJourneyEvent } from './entry';
import { decidableWithoutLock } from './entry-rules';
import type { RoutingDeps } from './enter-journeys';

/** Facts of the entries decided, by event id, then by the journey version entered. */
export type DecidedEntries = ReadonlyMap<string, ReadonlyMap<string, EntryFacts>>;

interface PlannedEntry {
  eventId: string;
  versionId: string;
  entry: FirstEntry;
}

/** The lock-free entries the event makes into its workspace's live journeys. */
async function planEntries(deps: RoutingDeps, event: EventRow, enteredAt: Date): Promise<PlannedEntry[]> {
  const journeyEvent = toJourneyEvent(event);
  const live = await listLiveJourneyVersions(deps.db, event.workspaceId);
  const planned = await Promise.all(
    live.map(async ({ journeyId, versionId }): Promise<PlannedEntry | undefined> => {
      const ir = await deps.loadVersion(versionId);
      const entryStepId = findEventEntryStep(ir, journeyEvent, eventRulesOf(deps.nodeTypes));
      if (entryStepId === undefined || !decidableWithoutLock(ir.settings)) return undefined;
      const identity = { journeyId, customerId: event.customerId };
      return {
        eventId: event.id,
        versionId,
        entry: {
          workspaceId: event.workspaceId,
          ...identity,
          journeyVersionId: versionId,
          workflowId: entryWorkflowId(journeyId, event.customerId, ir.settings.reentry, event.id),
          entryStepId,
          entryEventId: event.id,
          enteredAt,
          withholding: entryWithholding(ir.settings, identity),
        },
      };
    }),
  );
  return planned.filter((entry) => entry !== undefined);
}

/**
 * Decides and records the lock-free entries of `events` (each the first of its customer in hand:
 * at most one per customer) in one statement. The facts go to admitEntry as it routes each event.
 */
export async function decideFirstEntries(deps: RoutingDeps, events: readonly EventRow[]): Promise<DecidedEntries> {
  const enteredAt = deps.now?.() ?? new Date();
  const planned = (await Promise.all(events.map((event) => planEntries(deps, event, enteredAt)))).flat();
  const facts = await enrollFirstsOrReadFacts(
    deps.db,
    planned.map(({ entry }) => entry),
  );
  const decided = new Map<string, Map<string, EntryFacts>>();
  planned.forEach(({ eventId, versionId }, index) => {
    const entryFacts = facts[index];
    if (entryFacts === undefined) return;
    const ofEvent = decided.get(eventId) ?? new Map<string, EntryFacts>();
    ofEvent.set(versionId, entryFacts);
    decided.set(eventId, ofEvent);
  });
  return decided;
}
