import { randomUUID } from 'node:crypto';
import { findTagEntryStep } from './entry';
import { enterLiveJourneys, type JourneyEntry, type RoutingDeps } from './enter-journeys';

export interface TagAdded {
  workspaceId: string;
  customerId: string;
  tag: string;
  /**
   * Identifies this grant of the tag where re-entry is allowed; pass a stable one (e.g. the id of
   * the tag-change record) to make a retry idempotent. Defaults to a fresh id: a new entry.
   */
  entryKey?: string;
}

/**
 * Starts the live journeys with a "When a tag is added" trigger on this tag for the customer,
 * under each journey's re-entry rule and entry limit. Call it after the tag is stored, only when
 * the tag was not already on the customer. The journey's entry event is null, as for the API.
 */
export async function routeTagAdded(deps: RoutingDeps, added: TagAdded): Promise<JourneyEntry[]> {
  return enterLiveJourneys(deps, {
    workspaceId: added.workspaceId,
    customerId: added.customerId,
    entryKey: added.entryKey ?? randomUUID(),
    entryEvent: null,
    findEntryStep: (ir) => findTagEntryStep(ir, added.tag),
  });
}
