import type { JourneyIR } from '@wayfarer/journey';
import type { JourneyWorkflowInput } from './contract';
import type { EventInbox } from './event-inbox';
import type { RunState } from './run-state';
import type { Trail } from './trail';

/** Everything the interpreter's parts share during one run. */
export interface RunContext {
  readonly input: JourneyWorkflowInput;
  readonly ir: JourneyIR;
  readonly state: RunState;
  readonly trail: Trail;
  readonly inbox: EventInbox;
}
