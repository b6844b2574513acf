import { insertEvent } from '@wayfarer/db';
import { eventsService, provideService, type EventsService } from '@wayfarer/nodes/runtime';
import { stepEventPrefix } from '../step-event-routing';
import { markChanged, stepTransaction, type WorkerStepHost } from './worker-host';

/**
 * `events`: stored in the step's transaction under a message id derived from the step's key (so a
 * retry stores nothing new), routed to journeys and waits once the step commits.
 */
export const eventsProvider = provideService(eventsService, ({ step }, host: WorkerStepHost): EventsService => {
  const trx = stepTransaction(host, eventsService.name);
  return {
    emit: async (name, properties = {}, discriminator) => {
      // Stored events may start journeys and change segments: route them once the step commits.
      markChanged(host);
      const suffix = discriminator === undefined ? '' : `:${discriminator}`;
      const { event, duplicate } = await insertEvent(trx, {
        workspaceId: step.workspaceId,
        customerId: step.customer.id,
        messageId: `${stepEventPrefix(step.idempotencyKey)}${name}${suffix}`,
        kind: 'track',
        name,
        properties: { ...properties, journeyId: step.journeyId, stepId: step.stepId },
        timestamp: step.now,
      });
      return { eventId: event.id, duplicate };
    },
  };
});
