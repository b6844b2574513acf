import {
  addCustomerTags,
  appendPoints,
  insertMessage,
  loadStepOutputs,
  removeCustomerTags,
  setCustomerAttributes,
  type Db,
} from '@wayfarer/db';
import type { RuntimeServices } from '@wayfarer/nodes/runtime';
import type { ProfileChanges } from './segment-step-facts';
import type { SendServices } from './send/send-services';

export interface StepScope {
  workspaceId: string;
  journeyId: string;
  enrollmentId: string;
  customerId: string;
  stepId: string;
  idempotencyKey: string;
}

/**
 * The side effects a node may cause, bound to one step visit and one transaction: they commit
 * together with the step's receipt, or not at all.
 */
export function createRuntimeServices(
  trx: Db,
  scope: StepScope,
  changes?: ProfileChanges,
  send?: SendServices,
): RuntimeServices {
  const source = `journey:${scope.journeyId}:${scope.stepId}`;
  // Segments and "tag added" journeys react to these once the step has committed.
  const changed = () => {
    if (changes) changes.profileChanged = true;
  };
  return {
    // Real channels (send/deliver.ts) commit their attempts outside this transaction, on their own pool.
    ...send?.(scope),
    stepOutputs: () => loadStepOutputs(trx, scope.enrollmentId),
    addTags: (tags) => {
      changed();
      return addCustomerTags(trx, { workspaceId: scope.workspaceId, customerId: scope.customerId, tags, source });
    },
    removeTags: (tags) => {
      changed();
      return removeCustomerTags(trx, scope.customerId, tags);
    },
    setAttributes: (attributes) => {
      changed();
      return setCustomerAttributes(trx, scope.customerId, attributes);
    },
    sendMessage: async (message) => {
      const result = await insertMessage(trx, {
        workspaceId: scope.workspaceId,
        customerId: scope.customerId,
        journeyId: scope.journeyId,
        enrollmentId: scope.enrollmentId,
        stepId: scope.stepId,
        channel: message.channel,
        name: message.name,
        subject: message.subject ?? null,
        body: message.body,
        status: 'queued',
        idempotencyKey: scope.idempotencyKey,
      });
      return { messageId: result.id, duplicate: result.duplicate };
    },
    recordSendFailure: async (failure) => {
      const result = await insertMessage(trx, {
        workspaceId: scope.workspaceId,
        customerId: scope.customerId,
        journeyId: scope.journeyId,
        enrollmentId: scope.enrollmentId,
        stepId: scope.stepId,
        channel: failure.channel,
        name: failure.name,
        body: '',
        status: 'failed',
        reason: failure.code,
        detail: failure.detail,
        templateKey: `${scope.journeyId}:${scope.stepId}`,
        idempotencyKey: scope.idempotencyKey,
      });
      return { messageId: result.id };
    },
    grantPoints: async (grant) => {
      changed();
      const result = await appendPoints(trx, {
        workspaceId: scope.workspaceId,
        customerId: scope.customerId,
        delta: grant.points,
        reason: grant.reason,
        journeyId: scope.journeyId,
        enrollmentId: scope.enrollmentId,
        stepId: scope.stepId,
        idempotencyKey: scope.idempotencyKey,
      });
      return { entryId: result.id, duplicate: result.duplicate };
    },
  };
}
