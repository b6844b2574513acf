// Per-node analytics of a journey version: the counts the editor overlays on its canvas.
import { endedByOpenPaths } from '@wayfarer/journey';
import { loadStepCounts, loadStepOutcomes, resolveReportVersion, type StepOutcomeCount } from '@wayfarer/db';
import type { Services } from '../services';
import { stepsInWalkingOrder } from './step-order';
import { toRange, type StatsRangeInput } from './stats-input';

/** One node's numbers; `stepId` is the editor graph's node id. */
export interface NodeStat {
  stepId: string;
  entered: number;
  waiting: number;
  left: Record<string, number>;
  errors: number;
  /**
   * Visits that ended the journey here by an open path: they left by a port nothing is connected
   * to (completed). An End step's ends are its `entered`.
   */
  ended: number;
  /** What became of the messages the step wrote: sent, skipped and failed, each by reason. */
  outcomes: StepOutcomeCount[];
}

export interface NodeStats {
  journeyId: string;
  /** The version counted; null when the journey was never published (then `nodes` is empty). */
  versionId: string | null;
  from: string | null;
  to: string | null;
  /** Every step of the version in walking order (see stepsInWalkingOrder), zeros included. */
  nodes: NodeStat[];
}

export interface NodeStatsRequest extends StatsRangeInput {
  workspaceId: string;
  journeyId: string;
  versionId?: string | undefined;
}

/** Resolves the version (NOT_FOUND for another workspace's journey) and counts its steps. */
export async function buildNodeStats(services: Services, request: NodeStatsRequest): Promise<NodeStats> {
  const { workspaceId, journeyId } = request;
  const versionId = await resolveReportVersion(services.db, request);
  return countNodes(services, { workspaceId, journeyId, versionId }, request);
}

/** Counts the steps of an already resolved version. */
export async function countNodes(
  services: Services,
  scope: { workspaceId: string; journeyId: string; versionId: string | null },
  range: StatsRangeInput,
): Promise<NodeStats> {
  const header = {
    journeyId: scope.journeyId,
    versionId: scope.versionId,
    from: range.from ?? null,
    to: range.to ?? null,
  };
  if (scope.versionId === null) return { ...header, nodes: [] };
  const versionScope = { ...scope, versionId: scope.versionId };
  const [ir, counts, outcomes] = await Promise.all([
    services.loadVersion(scope.versionId),
    loadStepCounts(services.db, versionScope, toRange(range)),
    loadStepOutcomes(services.db, versionScope, toRange(range)),
  ]);
  const nodes = stepsInWalkingOrder(ir).map((stepId): NodeStat => {
    const count = counts.get(stepId) ?? { stepId, entered: 0, waiting: 0, left: {}, errors: 0 };
    const step = ir.steps[stepId];
    const ended = step === undefined ? 0 : endedByOpenPaths(step, count.left);
    return { ...count, ended, outcomes: outcomes.get(stepId) ?? [] };
  });
  return { ...header, nodes };
}
