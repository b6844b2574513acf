import { randomUUID } from 'node:crypto';
import { DataError, getJourney } from '@wayfarer/db';
import { findOrCreateCustomer } from '../customers/find-or-create-customer';
import {
  entryWorkflowId,
  findApiEntryStep,
  startEnrollment,
  type EnrollmentOutcome,
  type RoutingDeps,
} from '@wayfarer/routing';

/**
 * The API trigger: enters a customer (created if unknown) into a live journey through its
 * "Started by API" trigger. With re-entry "once", a second call finds the existing enrollment;
 * an entry over the journey's entry limit is refused as an invalid state.
 */
export async function startJourneyForCustomer(
  services: RoutingDeps,
  input: { workspaceId: string; journeyId: string; userId: string },
): Promise<Exclude<EnrollmentOutcome, { status: 'throttled' }>> {
  const journey = await getJourney(services.db, input.workspaceId, input.journeyId);
  if (journey.status !== 'live' || journey.liveVersionId === null) {
    throw new DataError('invalid_state', `The journey is ${journey.status}; only a live journey takes new entrants.`);
  }
  const versionId = journey.liveVersionId;
  const ir = await services.loadVersion(versionId);
  const entryStepId = findApiEntryStep(ir);
  if (entryStepId === undefined) throw new DataError('invalid_state', 'The journey has no "Started by API" trigger.');
  const customer = await findOrCreateCustomer(services.db, input.workspaceId, input.userId);
  const outcome = await startEnrollment(services, {
    workspaceId: input.workspaceId,
    journeyId: journey.id,
    journeyVersionId: versionId,
    ir,
    customerId: customer.id,
    entryStepId,
    entryEvent: null,
    // Each API call is its own entry where re-entry is allowed.
    workflowId: entryWorkflowId(journey.id, customer.id, ir.settings.reentry, randomUUID()),
  });
  if (outcome.status === 'throttled') {
    throw new DataError('invalid_state', 'The journey has reached its entry limit; try again later.');
  }
  return outcome;
}
