// The activities that keep customers' LINE rich menus in step with the workspace's rule, through the
// send services' LINE credentials: one customer after their tier or segments changed (`richMenuSync`),
// and every customer a just-saved rule concerns (`richMenuRollout`). LINE refusing one customer is
// final for that customer (the outcome says why); LINE not answering is thrown and retried.
import { activityInfo, ApplicationFailure, heartbeat } from '@temporalio/activity';
import { LineRichMenuError } from '@wayfarer/channels';
import type { SendServices } from '@wayfarer/delivery';
import type { RichMenuRolloutActivities, RichMenuRolloutSummary, RichMenuSyncActivities } from '@wayfarer/workflows';

/** Customers per page of a rollout: one heartbeat (and resumable cursor) per page. */
const ROLLOUT_PAGE = 200;

interface RolloutProgress {
  after: string | null;
  counts: RichMenuRolloutSummary;
}

/** The progress the previous attempt heartbeated, if it got that far. */
function resumedRollout(details: unknown): RolloutProgress {
  const progress = details as Partial<RolloutProgress> | undefined;
  if (progress === undefined || typeof progress.counts !== 'object') return { after: null, counts: {} };
  return { after: progress.after ?? null, counts: { ...progress.counts } };
}

export function createRichMenuActivities(
  send: SendServices | undefined,
): RichMenuSyncActivities & RichMenuRolloutActivities {
  return {
    applyRichMenuRule: async (input) => {
      if (send === undefined) return 'skipped:channels_unavailable';
      try {
        const result = await send.richMenus.applyRule(input);
        return result.status === 'skipped' ? `skipped:${result.reason}` : result.status;
      } catch (error) {
        if (error instanceof LineRichMenuError && error.code === 'refused')
          throw ApplicationFailure.nonRetryable(error.message, 'line_refused');
        throw error;
      }
    },
    applyRichMenuRuleToAll: async ({ workspaceId }) => {
      if (send === undefined) return { 'skipped:channels_unavailable': 1 };
      const progress = resumedRollout(activityInfo().heartbeatDetails);
      for (;;) {
        const page = await send.richMenus.applyRuleToPage({ workspaceId, after: progress.after, limit: ROLLOUT_PAGE });
        for (const [outcome, count] of Object.entries(page.counts))
          progress.counts[outcome] = (progress.counts[outcome] ?? 0) + count;
        progress.after = page.next;
        heartbeat(progress);
        if (page.next === null) return progress.counts;
      }
    },
  };
}
