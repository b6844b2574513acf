// The simulation parent: runs the unchanged `journey` workflow as children, one per entry. The
// injected events and the facts the journey's own steps produce (streak milestones, rewards, tags)
// are routed as in production: every entry still inside gets the event (a wait for it continues),
// and where the journey's trigger and re-entry rule let it, the event starts another entry. Every
// wait is a durable timer, so the time-skipping test server plays days of a journey in seconds.
import {
  condition,
  defineSignal,
  log,
  proxyActivities,
  setHandler,
  sleep,
  startChild,
  workflowInfo,
  type ChildWorkflowHandle,
} from '@temporalio/workflow';
import { JOURNEY_WORKFLOW, type JourneyEvent, type JourneyRunSummary, type JourneyWorkflow } from './contract';
import { customerEventSignal, exitJourneySignal } from './messages';
import {
  SIMULATION_FACT_SIGNAL,
  SIMULATION_HORIZON_REASON,
  type JourneySimulationInput,
  type JourneySimulationResult,
  type SimulationActivities,
  type SimulationFact,
} from './simulation.contract';

export const simulationFactSignal = defineSignal<[SimulationFact]>(SIMULATION_FACT_SIGNAL);

const { beginSimulation, routeSimulatedFact } = proxyActivities<SimulationActivities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumAttempts: 3 },
});

interface Entry {
  handle: ChildWorkflowHandle<JourneyWorkflow>;
  summary: JourneyRunSummary | null;
}

/** Walks one simulated customer through a journey for `horizonMs` of workflow time after entering. */
export async function journeySimulation(input: JourneySimulationInput): Promise<JourneySimulationResult> {
  const startMs = Date.now();
  const startedAt = new Date(startMs).toISOString();
  const simulationId = input.journey.enrollmentId;
  const facts: SimulationFact[] = [];
  setHandler(simulationFactSignal, (fact) => void facts.push(fact));
  await beginSimulation({ simulationId, startedAt });
  if ((input.entryDelayMs ?? 0) > 0) await sleep(input.entryDelayMs ?? 0);

  const entries: Entry[] = [];
  const failures: unknown[] = [];
  let endedMs = Date.now();
  const enter = async (journey: JourneySimulationInput['journey'], workflowId: string) => {
    const entryEvent = journey.entryEvent === null ? null : { ...journey.entryEvent, timestamp: now() };
    const handle = await startChild<JourneyWorkflow>(JOURNEY_WORKFLOW, {
      workflowId,
      args: [{ ...journey, entryEvent }],
      taskQueue: workflowInfo().taskQueue,
    });
    const entry: Entry = { handle, summary: null };
    entries.push(entry);
    handle.result().then(
      (summary) => {
        entry.summary = summary;
        endedMs = Date.now();
      },
      (error: unknown) => failures.push(error),
    );
  };
  const inside = () => entries.filter((entry) => entry.summary === null);
  const route = async (fact: SimulationFact) => {
    if (fact.kind === 'event') {
      const event: JourneyEvent = { ...fact.event, timestamp: now() };
      for (const entry of inside()) await signalUnlessClosed(() => entry.handle.signal(customerEventSignal, event));
    }
    const routed = await routeSimulatedFact({ simulationId, fact, at: now() });
    if (routed === null) return;
    const entryEvent = fact.kind === 'event' ? { ...fact.event, timestamp: now() } : null;
    const journey = { ...input.journey, ...routed, entryEvent };
    await enter(journey, `${input.childWorkflowId}:${entries.length + 1}`);
  };

  const entryMs = Date.now();
  await enter(input.journey, input.childWorkflowId);
  const horizonMs = entryMs + input.horizonMs;
  const scheduled = input.events.filter((item) => item.atMs <= input.horizonMs).sort((a, b) => a.atMs - b.atMs);
  for (;;) {
    const nextAt = Math.min(horizonMs, entryMs + (scheduled[0]?.atMs ?? Infinity));
    const idle = () => failures.length > 0 || (inside().length === 0 && scheduled.length === 0);
    const wait = nextAt - Date.now();
    if (facts.length === 0 && !idle() && wait > 0) await condition(() => facts.length > 0 || idle(), wait);
    const fact = facts.shift();
    if (fact !== undefined) await route(fact);
    else if (idle() || Date.now() >= horizonMs) break;
    else if (scheduled[0] !== undefined && Date.now() >= entryMs + scheduled[0].atMs) {
      const item = scheduled.shift();
      if (item) await route({ kind: 'event', event: item.event });
    }
  }
  if (failures.length > 0) throw failures[0];
  const waiting = inside();
  for (const entry of waiting)
    await signalUnlessClosed(() => entry.handle.signal(exitJourneySignal, { reason: SIMULATION_HORIZON_REASON }));
  await condition(() => inside().length === 0);
  const first = entries[0];
  if (!first?.summary) throw new Error('the simulated journey did not report its end');
  if (waiting.includes(first)) return result(startedAt, horizonMs, 'waiting', null, first.summary);
  const ended = waiting.length > 0 ? horizonMs : endedMs;
  return result(startedAt, ended, first.summary.outcome, first.summary.reason ?? null, first.summary);
}

const now = () => new Date().toISOString();

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
