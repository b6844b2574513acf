// The daily winner decision of a workspace's experiments (the `experimentDecisions` activity). Each
// auto-winner test of a live journey is decided from its stored assignments and the events since:
// a winner is recorded with why (the counts and the comparisons that cleared), once, in the same
// transaction as its audit entry; a test that is not sure yet records what it saw.
import {
  experimentArmCounts,
  experimentMeasure,
  findExperiment,
  insertAuditEntry,
  recordExperimentCheck,
  recordExperimentWinner,
  type Db,
} from '@wayfarer/db';
import { decideWinner, type Decision } from '@wayfarer/experiments';
import type { ExperimentDefinition } from '@wayfarer/experiments/schema';
import { journeyIRSchema, type JourneyIR } from '@wayfarer/journey';
import { experimentsOf, type NodeRegistry } from '@wayfarer/nodes';
import type { ExperimentDecisionActivities, ExperimentDecisionsSummary } from '@wayfarer/workflows';
import { decisionRecord } from './decision-record';

/** Who the audit log names for decisions the schedule makes. */
export const DECISION_ACTOR = 'experiment-decisions';

export interface ExperimentDecisionDeps {
  db: Db;
  nodes: NodeRegistry;
}

async function liveVersions(db: Db, workspaceId: string): Promise<{ journeyId: string; ir: JourneyIR }[]> {
  const rows = await db
    .selectFrom('journeys')
    .innerJoin('journeyVersions', 'journeyVersions.id', 'journeys.liveVersionId')
    .select(['journeys.id', 'journeyVersions.ir'])
    .where('journeys.workspaceId', '=', workspaceId)
    .where('journeys.status', '=', 'live')
    .execute();
  return rows.map((row) => ({ journeyId: row.id, ir: journeyIRSchema.parse(row.ir) }));
}

interface TestInJourney {
  workspaceId: string;
  journeyId: string;
  stepId: string;
  ir: JourneyIR;
  experiment: ExperimentDefinition;
}

/** Decides one test; true when it chose a winner now. */
async function decideOne(db: Db, test: TestInJourney, now: Date): Promise<boolean> {
  const scope = { workspaceId: test.workspaceId, journeyId: test.journeyId, stepId: test.stepId };
  const measure = experimentMeasure({ ...scope, goal: test.ir.goal, experiment: test.experiment });
  const counts = await experimentArmCounts(db, scope, measure, test.experiment.arms.length);
  const decision: Decision = decideWinner(counts, {
    alpha: 0.05,
    minimumPerArm: test.experiment.autoWinner.minimumPerVariant,
  });
  const record = decisionRecord(test.experiment, counts, decision, now);
  if (decision.outcome !== 'winner') {
    await recordExperimentCheck(db, scope, { at: now, result: record });
    return false;
  }
  return db.transaction().execute(async (trx) => {
    const recorded = await recordExperimentWinner(trx, scope, {
      arm: decision.arm,
      at: now,
      by: 'schedule',
      decision: record,
    });
    if (!recorded) return false;
    await insertAuditEntry(trx, {
      workspaceId: test.workspaceId,
      actorType: 'system',
      actorId: DECISION_ACTOR,
      action: 'experiments.winner',
      entityType: 'journey',
      entityId: test.journeyId,
      diff: {
        changes: { winner: { before: null, after: record.winnerLabel } },
        input: { stepId: test.stepId, ...record },
      },
      requestId: null,
    });
    return true;
  });
}

/** Checks every undecided auto-winner experiment of the workspace's live journeys. */
export async function decideWorkspaceExperiments(
  deps: ExperimentDecisionDeps,
  workspaceId: string,
  now: Date,
): Promise<ExperimentDecisionsSummary> {
  let checked = 0;
  let decided = 0;
  for (const { journeyId, ir } of await liveVersions(deps.db, workspaceId)) {
    for (const { stepId, experiment } of experimentsOf(ir, deps.nodes)) {
      if (!experiment.autoWinner.enabled) continue;
      const existing = await findExperiment(deps.db, journeyId, stepId);
      if (existing?.winnerArm !== null && existing?.winnerArm !== undefined) continue;
      checked += 1;
      if (await decideOne(deps.db, { workspaceId, journeyId, stepId, ir, experiment }, now)) decided += 1;
    }
  }
  return { checked, decided };
}

export function createExperimentDecisionActivities(deps: ExperimentDecisionDeps): ExperimentDecisionActivities {
  return {
    decideExperiments: ({ workspaceId, now }) => decideWorkspaceExperiments(deps, workspaceId, new Date(now)),
  };
}
