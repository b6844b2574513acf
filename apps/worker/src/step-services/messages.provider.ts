import { insertMessage } from '@wayfarer/db';
import { messagesService, provideService, type MessagesService, type ServiceProvider } from '@wayfarer/nodes/runtime';
import type { SendServices } from '@wayfarer/delivery';
import { stepTransaction, type WorkerStepHost } from './worker-host';

/**
 * `messages` for one step: outbox messages are rows in the step's transaction; real channels go
 * through `send` (@wayfarer/delivery), which records its attempts on a pool of its own. Without `send`
 * every real-channel delivery fails with `channels_unavailable`.
 */
export function messagesProvider(send: SendServices | undefined): ServiceProvider<WorkerStepHost> {
  return provideService(messagesService, ({ step }, host: WorkerStepHost): MessagesService => {
    const trx = stepTransaction(host, messagesService.name);
    const scope = {
      workspaceId: step.workspaceId,
      journeyId: step.journeyId,
      enrollmentId: step.enrollmentId,
      customerId: step.customer.id,
      stepId: step.stepId,
      idempotencyKey: step.idempotencyKey,
    };
    return {
      sendMessage: async (message) => {
        const result = await insertMessage(trx, {
          ...scope,
          channel: message.channel,
          name: message.name,
          subject: message.subject ?? null,
          body: message.body,
          status: 'queued',
        });
        return { messageId: result.id, duplicate: result.duplicate };
      },
      deliverMessage: (request) =>
        send
          ? send(scope).deliverMessage(request)
          : Promise.resolve({
              status: 'failed',
              messageId: '',
              code: 'channels_unavailable',
              detail: 'No channels are wired into this worker.',
            }),
      recordSendFailure: async (failure) => {
        const result = await insertMessage(trx, {
          ...scope,
          channel: failure.channel,
          name: failure.name,
          body: '',
          status: 'failed',
          reason: failure.code,
          detail: failure.detail,
          templateKey: `${scope.journeyId}:${scope.stepId}`,
        });
        return { messageId: result.id };
      },
    };
  });
}
