// A saved rich menu rule applied to the customers it already concerns (a tier or segment change
// applies it to one customer later on). The activity heartbeats after each page: a worker that
// died is noticed within a minute and the retry resumes after the last page done.
import { proxyActivities } from '@temporalio/workflow';
import type { RichMenuRolloutActivities, RichMenuRolloutSummary } from './rich-menu-sync.contract';

const { applyRichMenuRuleToAll } = proxyActivities<RichMenuRolloutActivities>({
  startToCloseTimeout: '1 day',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

export async function richMenuRollout(input: { workspaceId: string }): Promise<RichMenuRolloutSummary> {
  return applyRichMenuRuleToAll(input);
}
