// Who a refresh page's segment facts would reach. Most segments have no journey entered by them and
// most customers no running journey that reads them; routing those facts (read back, routed one by
// one, marked) cost a 1M-customer refresh most of its time for nothing. A fact nothing listens to
// is stored already routed. "Nothing" is decided as routing would decide it a moment later: a
// journey published, or an enrollment started, in between is as one published just after routing.
import {
  listLiveJourneyVersions,
  listRunningEnrollmentsOfCustomers,
  SEGMENT_ENTERED_EVENT,
  SEGMENT_EXITED_EVENT,
  workspaceHasRichMenuRules,
} from '@wayfarer/db';
import type { RoutingDeps } from './enter-journeys';
import { eventRulesOf, findEventEntryStep } from './entry';
import { enrollmentsUsing } from './events-used';

export interface PageFacts {
  workspaceId: string;
  segment: { id: string; name: string };
  entered: readonly string[];
  left: readonly string[];
}

/** Whether a live journey of the workspace has a trigger one of these facts would match. */
async function entersAJourney(deps: RoutingDeps, page: PageFacts, names: readonly string[]): Promise<boolean> {
  const properties = { segmentId: page.segment.id, segmentName: page.segment.name };
  const rules = eventRulesOf(deps.nodeTypes);
  for (const { versionId } of await listLiveJourneyVersions(deps.db, page.workspaceId)) {
    const ir = await deps.loadVersion(versionId);
    if (names.some((name) => findEventEntryStep(ir, { name, properties }, rules) !== undefined)) return true;
  }
  return false;
}

/** The customers of the page whose entry or exit fact something would act on. */
export async function customersListening(deps: RoutingDeps, page: PageFacts): Promise<ReadonlySet<string>> {
  const kinds = [
    { name: SEGMENT_ENTERED_EVENT, customers: page.entered },
    { name: SEGMENT_EXITED_EVENT, customers: page.left },
  ].filter((kind) => kind.customers.length > 0);
  const everyone = new Set([...page.entered, ...page.left]);
  if (everyone.size === 0) return everyone;
  if (await workspaceHasRichMenuRules(deps.db, page.workspaceId)) return everyone;
  if (
    await entersAJourney(
      deps,
      page,
      kinds.map((kind) => kind.name),
    )
  ) {
    return everyone;
  }
  const running = await listRunningEnrollmentsOfCustomers(deps.db, [...everyone]);
  const listening = new Set<string>();
  for (const kind of kinds) {
    const ofKind = new Set(kind.customers);
    const using = await enrollmentsUsing(
      deps,
      running.filter((enrollment) => ofKind.has(enrollment.customerId)),
      kind.name,
    );
    for (const enrollment of using) listening.add(enrollment.customerId);
  }
  return listening;
}
