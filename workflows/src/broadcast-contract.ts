// The contract between the broadcast workflow, its activities (in the worker) and the server that
// starts, watches and cancels it. Types, names and pure helpers: the workflow sandbox imports this.
import type { JourneyIR } from '@wayfarer/journey';

/** Workflow type name of a broadcast. */
export const BROADCAST_WORKFLOW = 'broadcast';
/** Signal asking a broadcast to stop before its next batch. */
export const CANCEL_BROADCAST_SIGNAL = 'cancelBroadcast';
/** Query returning {@link BroadcastProgress}. */
export const BROADCAST_PROGRESS_QUERY = 'progress';
/** Batches per workflow run before it continues as new, keeping each history small. */
export const DEFAULT_BATCHES_PER_RUN = 100;

/** One workflow per broadcast: starting it twice is refused by Temporal. */
export function broadcastWorkflowId(broadcastId: string): string {
  return `broadcast:${broadcastId}`;
}

/**
 * The entry key of every customer a broadcast enters: where the journey allows re-entry, their
 * workflow id carries it, so each broadcast enters a customer at most once and a retry finds it.
 */
export function broadcastEntryKey(broadcastId: string): string {
  return `broadcast:${broadcastId}`;
}

/** The journey's broadcast trigger (its step and segment), optionally the one on `segmentId`. */
export function findBroadcastTrigger(
  ir: Pick<JourneyIR, 'triggers'>,
  segmentId?: string,
): { stepId: string; segmentId: string } | undefined {
  for (const { stepId, match } of ir.triggers) {
    if (match.on === 'broadcast' && (segmentId === undefined || match.segmentId === segmentId)) {
      return { stepId, segmentId: match.segmentId };
    }
  }
  return undefined;
}

export type BroadcastRunStatus = 'scheduled' | 'running' | 'completed' | 'cancelled' | 'failed';

/** A broadcast's progress as its row records it (and the `progress` query answers). */
export interface BroadcastProgress {
  status: BroadcastRunStatus;
  /** Members when the broadcast started; null before. */
  total: number | null;
  enrolled: number;
  skipped: number;
  /** The last customer id handled; batches resume after it. */
  cursor: string | null;
  /** The wave in progress of a broadcast by each member's local time (absent: 0). */
  wave?: number;
}

export interface BroadcastWorkflowInput {
  broadcastId: string;
  /** When the first batch may start (ISO); the workflow sleeps until then, durably. */
  scheduledAt: string;
  /** Defaults to {@link DEFAULT_BATCHES_PER_RUN}. */
  batchesPerRun?: number;
  /** Where a continued-as-new run picks up. */
  resume?: { progress: BroadcastProgress; ratePerSecond: number };
}

/** What the workflow learns when the broadcast begins. */
export interface BroadcastStart {
  progress: BroadcastProgress;
  ratePerSecond: number;
}

/** One batch handled (or not, when the broadcast was stopped meanwhile). */
export interface BroadcastBatchResult {
  progress: BroadcastProgress;
  /** Members this call handled; 0 when another try had already recorded the batch. */
  handled: number;
  /** The next wave of a local-time broadcast is not due yet: the workflow sleeps until then (ISO). */
  waitUntil?: string;
}

/** Which batch to enter: the wave and cursor the workflow last saw, at the workflow's time. */
export interface BroadcastBatchInput {
  broadcastId: string;
  cursor: string | null;
  wave?: number;
  /** The workflow's clock (ms), so a wave is due by the same clock the workflow sleeps on. */
  now?: number;
}

export type BroadcastEnd = Extract<BroadcastRunStatus, 'completed' | 'cancelled' | 'failed'>;

/** Activities of the broadcast workflow. Each is safe to retry: the row's cursor makes it so. */
export interface BroadcastActivities {
  /** Scheduled → running, fixing `total`; a repeat returns the row as it stands. */
  beginBroadcast(input: { broadcastId: string }): Promise<BroadcastStart>;
  /** Enters the members after `cursor` and records the new cursor and counts in one step. */
  enrollBroadcastBatch(input: BroadcastBatchInput): Promise<BroadcastBatchResult>;
  /** Ends an open broadcast; one that has ended keeps its first outcome. */
  finishBroadcast(input: { broadcastId: string; status: BroadcastEnd; error?: string }): Promise<BroadcastProgress>;
}

/** The workflow function's type, for typed `client.workflow.start<BroadcastWorkflow>(BROADCAST_WORKFLOW, …)`. */
export type BroadcastWorkflow = (input: BroadcastWorkflowInput) => Promise<BroadcastProgress>;
