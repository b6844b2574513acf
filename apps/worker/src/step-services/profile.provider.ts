import { addCustomerTags, removeCustomerTags, setCustomerAttributes } from '@wayfarer/db';
import { profileService, provideService, type ProfileService } from '@wayfarer/nodes/runtime';
import { markChanged, stepTransaction, type WorkerStepHost } from './worker-host';

/** Tags are stored with their source step so "tag added" journeys start once the step commits. */
export function stepTagSource(journeyId: string, stepId: string): string {
  return `journey:${journeyId}:${stepId}`;
}

/** `profile` on the step's transaction; every change marks the profile for routing. */
export const profileProvider = provideService(profileService, ({ step }, host: WorkerStepHost): ProfileService => {
  const trx = stepTransaction(host, profileService.name);
  const customerId = step.customer.id;
  return {
    addTags: (tags) => {
      markChanged(host);
      const source = stepTagSource(step.journeyId, step.stepId);
      return addCustomerTags(trx, { workspaceId: step.workspaceId, customerId, tags, source });
    },
    removeTags: (tags) => {
      markChanged(host);
      return removeCustomerTags(trx, customerId, tags);
    },
    setAttributes: (attributes) => {
      markChanged(host);
      return setCustomerAttributes(trx, customerId, attributes);
    },
  };
});
