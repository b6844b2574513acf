import { randomUUID } from 'node:crypto';
import { DataError, findCustomerByExternalId, getJourney } from '@wayfarer/db';
import type { JourneyIR } from '@wayfarer/journey';
import { findOrCreateCustomer } from '../customers/find-or-create-customer';
import {
  entryWorkflowId,
  findApiEntryStep,
  startEnrollment,
  type EnrollmentOutcome,
  type RoutingDeps,
} from '@wayfarer/routing';

type StartOutcome = Exclude<EnrollmentOutcome, { status: 'throttled' }>;

interface Entry {
  workspaceId: string;
  journeyId: string;
  /** The trigger step the customer enters by, or undefined when the journey has none of its kind. */
  entryStep: (ir: JourneyIR) => string | undefined;
  /** Why there is no such trigger, in the marketer's words. */
  noEntry: string;
  customerId: (workspaceId: string) => Promise<string>;
}

// Enters one customer into a live journey now, under its re-entry rule and entry limit; each call
// is its own entry where re-entry allows.
async function enterNow(services: RoutingDeps, entry: Entry): Promise<StartOutcome> {
  const journey = await getJourney(services.db, entry.workspaceId, entry.journeyId);
  if (journey.status !== 'live' || journey.liveVersionId === null) {
    throw new DataError('invalid_state', `The journey is ${journey.status}; only a live journey takes new entrants.`);
  }
  const versionId = journey.liveVersionId;
  const ir = await services.loadVersion(versionId);
  const entryStepId = entry.entryStep(ir);
  if (entryStepId === undefined) throw new DataError('invalid_state', entry.noEntry);
  const customerId = await entry.customerId(entry.workspaceId);
  const outcome = await startEnrollment(services, {
    workspaceId: entry.workspaceId,
    journeyId: journey.id,
    journeyVersionId: versionId,
    ir,
    customerId,
    entryStepId,
    entryEvent: null,
    workflowId: entryWorkflowId(journey.id, customerId, ir.settings.reentry, randomUUID()),
  });
  if (outcome.status === 'throttled') {
    throw new DataError('invalid_state', 'The journey has reached its entry limit; try again later.');
  }
  return outcome;
}

/**
 * The API trigger: enters a customer (created if unknown) into a live journey through its
 * "Started by API" trigger. With re-entry "once", a second call finds the existing enrollment;
 * an entry over the journey's entry limit is refused as an invalid state.
 */
export function startJourneyForCustomer(
  services: RoutingDeps,
  input: { workspaceId: string; journeyId: string; userId: string },
): Promise<StartOutcome> {
  return enterNow(services, {
    ...input,
    entryStep: findApiEntryStep,
    noEntry: 'The journey has no "Started by API" trigger.',
    customerId: async (workspaceId) => (await findOrCreateCustomer(services.db, workspaceId, input.userId)).id,
  });
}

/**
 * Runs a journey's date trigger now for one known customer, whatever their date says: how a
 * marketer tries a birthday journey without waiting for the birthday. Re-entry and entry limits
 * hold as for any entry; an unknown customer is not created.
 */
export function runDateTriggerNow(
  services: RoutingDeps,
  input: { workspaceId: string; journeyId: string; userId: string },
): Promise<StartOutcome> {
  return enterNow(services, {
    ...input,
    entryStep: (ir) => ir.triggers.find((trigger) => trigger.match.on === 'date')?.stepId,
    noEntry: 'The journey has no date trigger.',
    customerId: async (workspaceId) => {
      const customer = await findCustomerByExternalId(services.db, workspaceId, input.userId);
      if (!customer) throw new DataError('not_found', `No customer with the id "${input.userId}".`);
      return customer.id;
    },
  });
}
