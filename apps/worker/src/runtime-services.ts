import {
  addCustomerTags,
  appendPoints,
  insertMessage,
  removeCustomerTags,
  setCustomerAttributes,
  type Db,
} from '@wayfarer/db';
import type { RuntimeServices } from '@wayfarer/nodes/runtime';

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
export function createRuntimeServices(trx: Db, scope: StepScope): RuntimeServices {
  const source = `journey:${scope.journeyId}:${scope.stepId}`;
  return {
    addTags: (tags) =>
      addCustomerTags(trx, { workspaceId: scope.workspaceId, customerId: scope.customerId, tags, source }),
    removeTags: (tags) => removeCustomerTags(trx, scope.customerId, tags),
    setAttributes: (attributes) => setCustomerAttributes(trx, scope.customerId, attributes),
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
    grantPoints: async (grant) => {
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
