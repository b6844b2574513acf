// The simulation parent (issue 7): runs the unchanged `journey` workflow as a child, signals it the
// injected events at their offsets and ends it at the horizon. Every wait is a durable timer, so the
// time-skipping test server plays days of a journey in seconds.
import { condition, log, startChild, workflowInfo } from '@temporalio/workflow';
import { JOURNEY_WORKFLOW, type JourneyRunSummary, type JourneyWorkflow } from './contract';
import { customerEventSignal, exitJourneySignal } from './messages';
import {
  SIMULATION_HORIZON_REASON,
  type JourneySimulationInput,
  type JourneySimulationResult,
} from './simulation.contract';

/** Walks one simulated customer through a journey for `horizonMs` of workflow time. */
export async function journeySimulation(input: JourneySimulationInput): Promise<JourneySimulationResult> {
  const startMs = Date.now();
  const startedAt = new Date(startMs).toISOString();
  const entryEvent = input.journey.entryEvent === null ? null : { ...input.journey.entryEvent, timestamp: startedAt };
  const child = await startChild<JourneyWorkflow>(JOURNEY_WORKFLOW, {
    workflowId: input.childWorkflowId,
    args: [{ ...input.journey, entryEvent }],
    taskQueue: workflowInfo().taskQueue,
  });
  let summary: JourneyRunSummary | null = null;
  let endedMs = startMs;
  const finished = child.result().then((result) => {
    summary = result;
    endedMs = Date.now();
    return result;
  });
  const horizonMs = startMs + input.horizonMs;
  const events = input.events.filter((item) => item.atMs <= input.horizonMs).sort((a, b) => a.atMs - b.atMs);
  for (const item of events) {
    const wait = startMs + item.atMs - Date.now();
    if (wait > 0) await condition(() => summary !== null, wait);
    if (summary !== null) break;
    await signalUnlessClosed(() =>
      child.signal(customerEventSignal, { ...item.event, timestamp: new Date().toISOString() }),
    );
  }
  const left = horizonMs - Date.now();
  if (summary === null && left > 0) await condition(() => summary !== null, left);
  if (summary !== null) {
    const done: JourneyRunSummary = summary;
    return result(startedAt, endedMs, done.outcome, done.reason ?? null, done);
  }
  await signalUnlessClosed(() => child.signal(exitJourneySignal, { reason: SIMULATION_HORIZON_REASON }));
  return result(startedAt, horizonMs, 'waiting', null, await finished);
}

// The journey may end on the server between our check and the signal; its result still arrives.
async function signalUnlessClosed(send: () => Promise<void>): Promise<void> {
  try {
    await send();
  } catch (error) {
    log.info('simulated journey closed before a signal reached it', { error });
  }
}

function result(
  startedAt: string,
  endedMs: number,
  outcome: JourneySimulationResult['outcome'],
  exitReason: string | null,
  summary: JourneyRunSummary,
): JourneySimulationResult {
  return { startedAt, endedAt: new Date(endedMs).toISOString(), outcome, exitReason, summary };
}
