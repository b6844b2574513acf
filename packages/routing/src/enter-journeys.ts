import { listLiveJourneyVersions, type EntryFacts, type VersionLoader } from '@wayfarer/db';
import type { JourneyIR, NodeTypeLookup } from '@wayfarer/journey';
import type { JourneyEvent } from '@wayfarer/workflows';
import { entryWorkflowId } from './entry';
import { startEnrollment, type EnrollmentDeps, type EnrollmentOutcome } from './start-enrollment';

export interface RoutingDeps extends EnrollmentDeps {
  /** Parsed IRs of journey versions, cached (versions are immutable). */
  loadVersion: VersionLoader<JourneyIR>;
  /** The deployment's node types, for which events their steps read; the built-in ones when absent. */
  nodeTypes?: NodeTypeLookup;
}

/** One live journey's answer to a fact that may start it. */
export type JourneyEntry = EnrollmentOutcome & { journeyId: string };

export interface EntryFact {
  workspaceId: string;
  customerId: string;
  /** Distinguishes this entry where re-entry is allowed (the event id, a tag grant id). */
  entryKey: string;
  entryEvent: JourneyEvent | null;
  /** The trigger step of a journey this fact enters it by, if any. */
  findEntryStep(ir: JourneyIR): string | undefined;
  /** Entries decided with the router's batch (decide-first-entries.ts), by journey version id. */
  decided?: ReadonlyMap<string, EntryFacts> | undefined;
}

/** Enters the customer into every live journey of the workspace with a trigger for the fact. */
export async function enterLiveJourneys(deps: RoutingDeps, fact: EntryFact): Promise<JourneyEntry[]> {
  const live = await listLiveJourneyVersions(deps.db, fact.workspaceId);
  const entries = await Promise.all(
    live.map(async ({ journeyId, versionId }) => {
      const ir = await deps.loadVersion(versionId);
      const entryStepId = fact.findEntryStep(ir);
      if (entryStepId === undefined) return undefined;
      const outcome = await startEnrollment(deps, {
        workspaceId: fact.workspaceId,
        journeyId,
        journeyVersionId: versionId,
        ir,
        customerId: fact.customerId,
        entryStepId,
        entryEvent: fact.entryEvent,
        workflowId: entryWorkflowId(journeyId, fact.customerId, ir.settings.reentry, fact.entryKey),
        decided: fact.decided?.get(versionId),
      });
      return { ...outcome, journeyId };
    }),
  );
  return entries.filter((entry) => entry !== undefined);
}
