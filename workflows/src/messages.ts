// Typed signal and query definitions for the names in the contract. The workflow registers them;
// a client may import them too (defining a signal has no side effect).
import { defineQuery, defineSignal } from '@temporalio/workflow';
import {
  CUSTOMER_EVENT_SIGNAL,
  EXIT_SIGNAL,
  STATE_QUERY,
  type ExitJourneyInput,
  type JourneyEvent,
  type JourneyState,
} from './contract';

/** An event the customer did while enrolled. */
export const customerEventSignal = defineSignal<[JourneyEvent]>(CUSTOMER_EVENT_SIGNAL);
/** Ends the journey for this customer wherever they are. */
export const exitJourneySignal = defineSignal<[ExitJourneyInput]>(EXIT_SIGNAL);
/** Where the customer is now. */
export const stateQuery = defineQuery<JourneyState>(STATE_QUERY);
