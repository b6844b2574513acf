// Temporal Cloud bills per action, and a cluster's capacity is counted in them. The figure here is
// estimated from a workflow's event history the way Temporal Cloud's own history estimate reads it:
// a start, each activity scheduled (and each retry), each timer, signal, child start, external
// signal, search-attribute upsert and accepted update, and one action per workflow task whose
// commands recorded local activities.
import type { Client } from '@temporalio/client';

type HistoryEvent = Awaited<ReturnType<ReturnType<Client['workflow']['getHandle']>['fetchHistory']>>['events'] extends
  (infer Event)[] | null | undefined
  ? Event
  : never;

// Each of these attributes marks an event that costs one action.
const oneActionEach = [
  'workflowExecutionStartedEventAttributes',
  'activityTaskScheduledEventAttributes',
  'timerStartedEventAttributes',
  'workflowExecutionSignaledEventAttributes',
  'startChildWorkflowExecutionInitiatedEventAttributes',
  'signalExternalWorkflowExecutionInitiatedEventAttributes',
  'upsertWorkflowSearchAttributesEventAttributes',
  'workflowExecutionUpdateAcceptedEventAttributes',
] as const satisfies readonly (keyof HistoryEvent)[];

export interface HistoryCost {
  events: number;
  actions: number;
}

/** The billable actions and event count of one workflow's history. */
export function historyCost(events: readonly HistoryEvent[]): HistoryCost {
  let actions = 0;
  const localActivityTasks = new Set<string>();
  for (const event of events) {
    if (oneActionEach.some((attributes) => event[attributes] != null)) actions += 1;
    const retries = (event.activityTaskStartedEventAttributes?.attempt ?? 1) - 1;
    actions += Math.max(0, retries);
    const marker = event.markerRecordedEventAttributes;
    if (marker?.markerName === 'core_local_activity') {
      localActivityTasks.add(String(marker.workflowTaskCompletedEventId ?? event.eventId));
    }
  }
  return { events: events.length, actions: actions + localActivityTasks.size };
}

/** The mean history cost of the given workflows (their histories fetched from the server). */
export async function meanHistoryCost(client: Client, workflowIds: readonly string[]): Promise<HistoryCost> {
  const costs = await Promise.all(
    workflowIds.map(async (workflowId) => {
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      return historyCost(history.events ?? []);
    }),
  );
  const mean = (pick: (cost: HistoryCost) => number) =>
    costs.reduce((sum, cost) => sum + pick(cost), 0) / Math.max(1, costs.length);
  return { events: mean((cost) => cost.events), actions: mean((cost) => cost.actions) };
}
