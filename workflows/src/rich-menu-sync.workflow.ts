// Applies the workspace's rich menu rule to one customer after their tier or segments changed. The
// activity reads the customer's state when it runs, so two changes in a row both end on the right
// menu; LINE being down is retried for a day.
import { proxyActivities } from '@temporalio/workflow';
import type { RichMenuSyncActivities, RichMenuSyncInput } from './rich-menu-sync.contract';

const { applyRichMenuRule } = proxyActivities<RichMenuSyncActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
  scheduleToCloseTimeout: '1 day',
});

export async function richMenuSync(input: RichMenuSyncInput): Promise<string> {
  return applyRichMenuRule(input);
}
