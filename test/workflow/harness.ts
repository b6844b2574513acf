// One time-skipping Temporal environment and one worker per test file, running the bundled journey
// workflow against the in-memory backend. Tests start enrollments and observe them via queries.
import { randomUUID } from 'node:crypto';
import type { TestService, WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { JourneyIR } from '@wayfarer/journey';
import {
  CUSTOMER_EVENT_SIGNAL,
  EXIT_SIGNAL,
  JOURNEY_WORKFLOW,
  STATE_QUERY,
  journeyWorkflowId,
  type ExitJourneyInput,
  type JourneyActivities,
  type JourneyEvent,
  type JourneyState,
  type JourneyWorkflow,
  type JourneyWorkflowInput,
} from '@wayfarer/workflows';
import { bundleJourneyWorkflows, createTimeSkippingEnv } from '../support/temporal';
import { FakeJourneyBackend } from './fake-backend';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export interface Enrollment {
  input: JourneyWorkflowInput;
  handle: WorkflowHandleWithFirstExecutionRunId<JourneyWorkflow>;
  state(): Promise<JourneyState>;
  /** Polls the `state` query until `ready` holds (the workflow reached a point; time is not skipped meanwhile). */
  until(ready: (state: JourneyState) => boolean): Promise<JourneyState>;
  send(name: string, properties?: Record<string, unknown>, id?: string): Promise<JourneyEvent>;
  exit(reason: string): Promise<void>;
}

export interface Harness {
  env: TestWorkflowEnvironment;
  backend: FakeJourneyBackend;
  enroll(ir: JourneyIR): Promise<Enrollment>;
  /** Server time now (skipped time included). */
  now(): Promise<number>;
  close(): Promise<void>;
}

const POLL_MS = 20;
const POLL_LIMIT_MS = 15_000;

export function journeyEvent(
  name: string,
  properties: Record<string, unknown> = {},
  id: string = randomUUID(),
): JourneyEvent {
  return { id, name, properties, timestamp: new Date().toISOString() };
}

function enrollment(
  handle: WorkflowHandleWithFirstExecutionRunId<JourneyWorkflow>,
  input: JourneyWorkflowInput,
): Enrollment {
  const state = (): Promise<JourneyState> => handle.query<JourneyState>(STATE_QUERY);
  return {
    input,
    handle,
    state,
    until: async (ready) => {
      const deadline = Date.now() + POLL_LIMIT_MS;
      for (;;) {
        const current = await state();
        if (ready(current)) return current;
        if (Date.now() > deadline) throw new Error(`state never became ready: ${JSON.stringify(current)}`);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    send: async (name, properties = {}, id) => {
      const event = journeyEvent(name, properties, id);
      await handle.signal<[JourneyEvent]>(CUSTOMER_EVENT_SIGNAL, event);
      return event;
    },
    exit: (reason) => handle.signal<[ExitJourneyInput]>(EXIT_SIGNAL, { reason }),
  };
}

/**
 * The test server holds its clock while a task waits in a queue but not while an activity runs, so
 * with time skipping on (inside `result()`) it may jump past a running activity's start-to-close
 * timeout on a busy machine. Each activity holds the clock itself while it runs.
 */
function holdClockWhileRunning(activities: JourneyActivities, testService: TestService): JourneyActivities {
  const hold =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await testService.lockTimeSkipping({});
      try {
        return await run(...args);
      } finally {
        await testService.unlockTimeSkipping({});
      }
    };
  return {
    loadJourneyVersion: hold(activities.loadJourneyVersion),
    runStep: hold(activities.runStep),
    recordSteps: hold(activities.recordSteps),
    recordGoal: hold(activities.recordGoal),
    finishEnrollment: hold(activities.finishEnrollment),
  };
}

/** Starts the environment and a worker; call `close` in afterAll. */
export async function startHarness(): Promise<Harness> {
  const [env, workflowBundle] = await Promise.all([createTimeSkippingEnv(), bundleJourneyWorkflows()]);
  const backend = new FakeJourneyBackend();
  const taskQueue = `journeys-${randomUUID()}`;
  const { testService } = env.connection;
  if (testService === undefined) throw new Error('the time-skipping environment has no test service');
  const activities = holdClockWhileRunning(backend.activities(), testService);
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });
  const running = worker.run();
  return {
    env,
    backend,
    now: () => env.currentTimeMs(),
    enroll: async (ir) => {
      const journeyVersionId = `version-${randomUUID()}`;
      backend.versions.set(journeyVersionId, ir);
      const customerId = `customer-${randomUUID()}`;
      const input: JourneyWorkflowInput = {
        irVersion: ir.irVersion,
        workspaceId: 'workspace-1',
        journeyId: 'journey-1',
        journeyVersionId,
        customerId,
        enrollmentId: `enrollment-${randomUUID()}`,
        entryStepId: ir.start[0] ?? 'trigger',
        entryEvent: journeyEvent('signup'),
      };
      const handle = await env.client.workflow.start<JourneyWorkflow>(JOURNEY_WORKFLOW, {
        taskQueue,
        workflowId: journeyWorkflowId(input.journeyId, customerId),
        args: [input],
      });
      return enrollment(handle, input);
    },
    close: async () => {
      worker.shutdown();
      await running;
      await env.teardown();
    },
  };
}
