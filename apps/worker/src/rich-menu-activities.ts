// The activity of the `richMenuSync` workflow: applies the workspace's rich menu rule to one
// customer through the send services' LINE credentials. LINE refusing is final (the outcome says
// why); LINE not answering is thrown and retried by the workflow's policy.
import { ApplicationFailure } from '@temporalio/activity';
import { LineRichMenuError } from '@wayfarer/channels';
import type { SendServices } from '@wayfarer/delivery';
import type { RichMenuSyncActivities } from '@wayfarer/workflows';

export function createRichMenuActivities(send: SendServices | undefined): RichMenuSyncActivities {
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
  };
}
