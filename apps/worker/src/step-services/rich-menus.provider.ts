import { LineRichMenuError } from '@wayfarer/channels';
import type { SendServices } from '@wayfarer/delivery';
import { provideService, richMenusService, StepFailure, type ServiceProvider } from '@wayfarer/nodes/runtime';
import type { WorkerStepHost } from './worker-host';

/**
 * `richMenus` for one step: the customer's LINE rich menu through `send` (@wayfarer/delivery), on
 * the workspace's LINE credentials. LINE trouble fails the step: retried later when LINE may answer
 * then (no answer, 5xx, 429), for good when it refused. Without `send` no channel can be reached.
 */
export function richMenusProvider(send: SendServices | undefined): ServiceProvider<WorkerStepHost> {
  return provideService(richMenusService, ({ step }) => ({
    switchTo: async (richMenuId) => {
      if (send === undefined)
        throw new StepFailure('channels_unavailable', 'This worker delivers on no channel.', { retryable: false });
      try {
        return await send.richMenus.switchTo({
          workspaceId: step.workspaceId,
          customerId: step.customer.id,
          richMenuId,
          source: 'step',
        });
      } catch (error) {
        if (!(error instanceof LineRichMenuError)) throw error;
        throw new StepFailure(`line_${error.code}`, error.message, { retryable: error.code === 'unavailable' });
      }
    },
  }));
}
