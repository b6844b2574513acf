// The broadcast workflow's activities: begin, enter one batch of members, finish. The batch is the
// exactly-once part: every member enters under a workflow id naming the broadcast (Temporal and the
// enrollments table refuse a second start), and the cursor and counts advance by compare-and-set.
import { heartbeat } from '@temporalio/activity';
import type { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  advanceBroadcast,
  beginBroadcast,
  controlGroupMembers,
  createVersionCache,
  currentWave,
  findBroadcast,
  finishBroadcast,
  getJourney,
  nextBroadcastBatch,
  type Broadcast,
  type Db,
  enrollFirstsOrReadFacts,
  type Enrollment,
  type EntryFacts,
  type VersionLoader,
} from '@wayfarer/db';
import type { Multicast, MulticastRecipient } from '@wayfarer/delivery';
import { journeyIRSchema, type JourneyIR } from '@wayfarer/journey';
import { bulkSendAfter, type BulkSend } from '@wayfarer/nodes/runtime';
import {
  decidableWithoutLock,
  entryWithholding,
  entryWorkflowId,
  startEnrollment,
  type EnrollmentOutcome,
} from '@wayfarer/routing';
import {
  broadcastEntryKey,
  findBroadcastTrigger,
  type BroadcastActivities,
  type BroadcastBatchInput,
  type BroadcastBatchResult,
  type BroadcastProgress,
} from '@wayfarer/workflows';
import { mapWithConcurrency } from './broadcast-concurrency';

export interface BroadcastActivityDeps {
  db: Db;
  /** Starts the journey workflows. */
  temporal: Client;
  /** Task queue journey workflows are started on. */
  taskQueue: string;
  /** Parsed IRs of journey versions (the worker's shared cache); one of its own when absent. */
  loadVersion?: VersionLoader<JourneyIR>;
  /**
   * Workflow starts in flight at once within a batch, and members admitted (one statement) at a
   * time (default DEFAULT_START_CONCURRENCY).
   */
  concurrency?: number;
  /** Delivers a plain first send in bulk (LINE multicast); without it every step sends on its own. */
  multicast?: Multicast | undefined;
}

function toProgress(row: Broadcast): BroadcastProgress {
  return {
    status: row.status,
    total: row.total,
    enrolled: row.enrolled,
    skipped: row.skipped,
    cursor: row.cursor,
    wave: row.wave,
  };
}

function missing(broadcastId: string): ApplicationFailure {
  return ApplicationFailure.nonRetryable(`Broadcast ${broadcastId} no longer exists.`, 'unknown_broadcast');
}

async function load(db: Db, broadcastId: string): Promise<Broadcast> {
  const row = await findBroadcast(db, broadcastId);
  if (!row) throw missing(broadcastId);
  return row;
}

/**
 * Whether the customer entered through this broadcast: started now, or by an earlier try of the
 * same batch (running under the id this broadcast asked for, through its trigger, since it began).
 * Anyone else — inside the journey already, finished under "once", in cooldown — is skipped.
 */
function enteredByBroadcast(
  outcome: EnrollmentOutcome,
  row: Broadcast,
  entry: { workflowId: string; stepId: string },
): boolean {
  if (outcome.status === 'started') return true;
  if (outcome.status !== 'running') return false;
  const enrollment: Enrollment = outcome.enrollment;
  return (
    enrollment.workflowId === entry.workflowId &&
    enrollment.entryStepId === entry.stepId &&
    enrollment.journeyVersionId === row.journeyVersionId &&
    row.startedAt !== null &&
    enrollment.enteredAt >= row.startedAt
  );
}

/**
 * Workflow starts in flight at once, and the members admitted at a time: a batch is admitted (one
 * statement) a chunk of this size at a time, each chunk's workflows started before the next is
 * admitted, so a worker that dies mid-batch leaves at most one chunk admitted and not yet started.
 */
const DEFAULT_START_CONCURRENCY = 50;

/** The enrollment this broadcast's entry recorded (now or on an earlier try), running; else undefined. */
function enteredNow(facts: EntryFacts | undefined, workflowId: string): Enrollment | undefined {
  const enrollment = facts?.inserted ?? facts?.recorded;
  if (enrollment?.workflowId !== workflowId || enrollment.status !== 'running') return undefined;
  return enrollment.entryEventId === null ? enrollment : undefined;
}

/**
 * Where the journey's first step after the trigger is a send of one message for everyone, delivers
 * it to the batch in bulk before anyone's workflow starts: each recipient gets a message row under
 * their step's own key, so their step finds it settled and sends nothing (deliver.ts), records
 * its step event and carries on. Held-out customers and those the policy stops are not in any
 * request; their step decides and records why, as for any send. Nobody starts before every
 * request is settled, so no step can send a message whose request is still open.
 */
async function multicastFirstSend(
  deps: BroadcastActivityDeps,
  batch: BatchContext,
  bulk: BulkSend,
  entries: readonly { enrollment: Enrollment | undefined }[],
): Promise<void> {
  if (deps.multicast === undefined) return;
  const recipients: MulticastRecipient[] = entries.flatMap(({ enrollment }) =>
    enrollment === undefined || enrollment.withheld !== null
      ? []
      : [
          {
            customerId: enrollment.customerId,
            enrollmentId: enrollment.id,
            // The key the journey's step visit uses: `<workflow id>:<step id>:<visit>`, its first visit.
            idempotencyKey: `${enrollment.workflowId}:${bulk.stepId}:1`,
          },
        ],
  );
  if (recipients.length === 0) return;
  const { row, input } = batch;
  heartbeat();
  await deps.multicast({
    workspaceId: row.workspaceId,
    journeyId: row.journeyId,
    stepId: bulk.stepId,
    bulkKey: `broadcast:${row.id}:${row.wave}:${input.cursor ?? 'first'}`,
    name: bulk.name,
    message: bulk.message,
    locale: bulk.locale,
    smartSendingHours: bulk.smartSendingHours,
    recipients,
    now: new Date(input.now ?? Date.now()),
  });
  heartbeat();
}

/**
 * The batch's entries decided and recorded in one statement where the journey's rules need no lock
 * (as the event router does, decide-first-entries.ts); otherwise none, and each entry is decided
 * on its own under its lock. A retried batch finds its enrollments by workflow id.
 */
async function decideBatch(
  db: Db,
  row: Broadcast,
  ir: JourneyIR,
  entryStepId: string,
  members: readonly { id: string; workflowId: string }[],
): Promise<Map<string, EntryFacts>> {
  if (!decidableWithoutLock(ir.settings)) return new Map();
  const enteredAt = new Date();
  const facts = await enrollFirstsOrReadFacts(
    db,
    members.map(({ id, workflowId }) => {
      const identity = { journeyId: row.journeyId, customerId: id };
      return {
        workspaceId: row.workspaceId,
        ...identity,
        journeyVersionId: row.journeyVersionId,
        workflowId,
        entryStepId,
        entryEventId: null,
        enteredAt,
        withholding: entryWithholding(ir.settings, identity),
      };
    }),
  );
  return new Map(members.map(({ id }, index) => [id, facts[index] as EntryFacts]));
}

export function createBroadcastActivities(deps: BroadcastActivityDeps): BroadcastActivities {
  const loadVersion = deps.loadVersion ?? createVersionCache(deps.db, (ir) => journeyIRSchema.parse(ir));
  return {
    beginBroadcast: async ({ broadcastId }) => {
      const row = await beginBroadcast(deps.db, broadcastId);
      if (!row) throw missing(broadcastId);
      return { progress: toProgress(row), ratePerSecond: row.ratePerSecond };
    },
    enrollBroadcastBatch: (input) => enrollBatch({ ...deps, loadVersion }, input),
    finishBroadcast: async (input) => {
      const row = await finishBroadcast(deps.db, input);
      if (!row) throw missing(input.broadcastId);
      return toProgress(row);
    },
  };
}

type BatchContext = { row: Broadcast; ir: JourneyIR; entryStepId: string; input: BroadcastBatchInput };

/**
 * Enters the admitted members, chunk by chunk; whether each entered through this broadcast. A batch
 * whose first step is a bulk send is admitted whole, as its multicast needs everyone decided
 * before anyone starts (multicastFirstSend).
 */
async function enterMembers(
  deps: BroadcastActivityDeps & { loadVersion: VersionLoader<JourneyIR> },
  batch: BatchContext,
  admitted: readonly string[],
): Promise<boolean[]> {
  const { row, ir, entryStepId } = batch;
  const chunkSize = deps.concurrency ?? DEFAULT_START_CONCURRENCY;
  const workflowIdOf = (customerId: string) =>
    entryWorkflowId(row.journeyId, customerId, ir.settings.reentry, broadcastEntryKey(row.id));
  const bulk = deps.multicast === undefined ? undefined : await bulkSendAfter(ir, entryStepId);
  const step = bulk === undefined ? chunkSize : Math.max(admitted.length, 1);
  const entries: boolean[] = [];
  for (let from = 0; from < admitted.length; from += step) {
    const chunk = admitted.slice(from, from + step).map((id) => ({ id, workflowId: workflowIdOf(id) }));
    const decided = await decideBatch(deps.db, row, ir, entryStepId, chunk);
    if (bulk !== undefined) {
      const entered = chunk.map(({ id, workflowId }) => ({ enrollment: enteredNow(decided.get(id), workflowId) }));
      await multicastFirstSend(deps, batch, bulk, entered);
    }
    const started = await mapWithConcurrency(chunk, chunkSize, async ({ id: customerId, workflowId }) => {
      const outcome = await startEnrollment(deps, {
        workspaceId: row.workspaceId,
        journeyId: row.journeyId,
        journeyVersionId: row.journeyVersionId,
        ir,
        customerId,
        entryStepId,
        entryEvent: null,
        workflowId,
        decided: decided.get(customerId),
      });
      heartbeat();
      return enteredByBroadcast(outcome, row, { workflowId, stepId: entryStepId });
    });
    entries.push(...started);
  }
  return entries;
}

async function enrollBatch(
  deps: BroadcastActivityDeps & { loadVersion: VersionLoader<JourneyIR> },
  input: BroadcastBatchInput,
): Promise<BroadcastBatchResult> {
  const row = await load(deps.db, input.broadcastId);
  // Stopped meanwhile, or this batch was recorded by an earlier try whose answer was lost.
  if (row.status !== 'running' || row.cursor !== input.cursor || row.wave !== (input.wave ?? 0)) {
    return { progress: toProgress(row), handled: 0 };
  }
  // Pausing or archiving the journey stops new entrants, broadcast ones too.
  const journey = await getJourney(deps.db, row.workspaceId, row.journeyId);
  if (journey.status !== 'live') {
    const error = `The journey is ${journey.status}; the broadcast stopped before the next batch.`;
    const ended = await finishBroadcast(deps.db, { broadcastId: row.id, status: 'cancelled', error });
    return { progress: toProgress(ended ?? row), handled: 0 };
  }
  const ir = await deps.loadVersion(row.journeyVersionId);
  const trigger = findBroadcastTrigger(ir, row.segmentId);
  if (!trigger) {
    throw ApplicationFailure.nonRetryable(
      'The journey version has no broadcast trigger on this segment.',
      'no_trigger',
    );
  }
  const wave = currentWave(row);
  if (wave !== undefined && Date.parse(wave.at) > (input.now ?? Date.now())) {
    return { progress: toProgress(row), handled: 0, waitUntil: wave.at };
  }
  const members = await nextBroadcastBatch(deps.db, row);
  // The workspace's control group gets no marketing: its members are skipped, unless the journey is transactional.
  const held =
    ir.settings.transactional === true
      ? new Set<string>()
      : await controlGroupMembers(deps.db, row.workspaceId, members);
  const admitted = members.filter((customerId) => !held.has(customerId));
  const entries = await enterMembers(deps, { row, ir, entryStepId: trigger.stepId, input }, admitted);
  const enrolled = entries.filter(Boolean).length;
  // A short batch ends its wave; the next wave starts from the first member of its time zones.
  const waveDone = members.length < row.batchSize;
  const nextWave = waveDone && row.waves !== null && row.wave < row.waves.length - 1;
  const advanced = await advanceBroadcast(deps.db, {
    broadcastId: row.id,
    fromWave: row.wave,
    from: input.cursor,
    toWave: nextWave ? row.wave + 1 : row.wave,
    to: nextWave ? null : (members.at(-1) ?? input.cursor),
    enrolled,
    skipped: members.length - enrolled,
    done: waveDone && !nextWave,
  });
  if (advanced) return { progress: toProgress(advanced), handled: members.length };
  return { progress: toProgress(await load(deps.db, row.id)), handled: 0 };
}
