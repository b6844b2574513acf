// The experiments report of a journey: each test of its report version (live, else newest) with
// per-arm counts, rates and intervals, probability to be best, lift over A, a daily series, and the
// winner decision (when, by whom, why) or the last daily check; plus the journey's holdout lift.
import {
  experimentArmCounts,
  experimentArmDays,
  experimentMeasure,
  holdoutCounts,
  listJourneyExperiments,
  resolveReportVersion,
  type ExperimentRow,
} from '@wayfarer/db';
import { groupLift, summariseArms } from '@wayfarer/experiments';
import type { JourneyIR } from '@wayfarer/journey';
import { experimentsOf, type StepExperiment } from '@wayfarer/nodes';
import { loadNodeLabels } from '../analytics/node-labels';
import type { Services } from '../services';

interface JourneyScope {
  workspaceId: string;
  journeyId: string;
}

/** Infinite interval ends (no data) travel as null: JSON has no Infinity. */
function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function interval(range: { low: number; high: number }) {
  return { low: finite(range.low), high: finite(range.high) };
}

function decisionOf(row: ExperimentRow | undefined) {
  if (!row) return { winner: null, lastCheck: null };
  const winner =
    row.winnerArm === null
      ? null
      : { arm: row.winnerArm, at: row.decidedAt?.toISOString() ?? null, by: row.decidedBy, why: row.decision };
  const lastCheck = row.checkedAt === null ? null : { at: row.checkedAt.toISOString(), result: row.lastCheck };
  return { winner, lastCheck };
}

async function testReport(
  services: Services,
  scope: JourneyScope,
  ir: JourneyIR,
  test: StepExperiment,
  row?: ExperimentRow,
) {
  const stepScope = { ...scope, stepId: test.stepId };
  const measure = experimentMeasure({ ...stepScope, goal: ir.goal, experiment: test.experiment });
  const counts = await experimentArmCounts(services.db, stepScope, measure, test.experiment.arms.length);
  const summaries = summariseArms(counts);
  const days = await experimentArmDays(services.db, stepScope, measure);
  return {
    stepId: test.stepId,
    nodeType: test.type,
    metric: test.experiment.metric,
    autoWinner: test.experiment.autoWinner,
    hasGoal: ir.goal !== null,
    arms: test.experiment.arms.map((arm, index) => {
      const summary = summaries[index];
      return {
        label: arm.label,
        percent: arm.percent,
        entered: summary?.entered ?? 0,
        converted: summary?.converted ?? 0,
        rate: summary?.rate ?? 0,
        interval: interval(summary?.interval ?? { low: 0, high: 1 }),
        probabilityToBeBest: summary?.probabilityToBeBest ?? 0,
        lift: summary?.lift == null ? null : { ...summary.lift, interval: interval(summary.lift.interval) },
      };
    }),
    days,
    ...decisionOf(row),
  };
}

/** Every experiment of the journey's report version, and its holdout. */
export async function experimentsReport(services: Services, scope: JourneyScope) {
  const versionId = await resolveReportVersion(services.db, scope);
  if (versionId === null) return { versionId: null, experiments: [], labels: {}, holdout: null };
  const ir = await services.loadVersion(versionId);
  const rows = await listJourneyExperiments(services.db, scope.journeyId);
  const labels = await loadNodeLabels(services, versionId);
  const tests = experimentsOf(ir, services.registry);
  const experiments = [];
  for (const test of tests) {
    const row = rows.find((candidate) => candidate.stepId === test.stepId);
    // The marketer's name for the step, if they gave one; the UI names the node type in its language otherwise.
    const named = labels.get(test.stepId);
    const title = named && named.title !== services.registry.get(named.type)?.title.en ? named.title : null;
    experiments.push({ ...(await testReport(services, scope, ir, test, row)), title });
  }
  return { versionId, experiments, holdout: await holdoutReport(services, scope, ir) };
}

/** Treated vs held-out conversion on the journey's goal (null without a holdout or a goal). */
async function holdoutReport(services: Services, scope: JourneyScope, ir: JourneyIR) {
  const percent = ir.settings.holdoutPercent ?? 0;
  if (percent <= 0) return null;
  if (ir.goal === null) return { percent, hasGoal: false, treated: null, heldOut: null, lift: null };
  const measure = { metric: { kind: 'goal' as const }, goal: ir.goal, journeyId: scope.journeyId };
  const { treated, heldOut } = await holdoutCounts(services.db, scope.journeyId, measure);
  const lift = groupLift(treated, heldOut);
  const rate = (group: { entered: number; converted: number }) =>
    group.entered > 0 ? group.converted / group.entered : 0;
  return {
    percent,
    hasGoal: true,
    treated: { ...treated, rate: rate(treated) },
    heldOut: { ...heldOut, rate: rate(heldOut) },
    lift: { ...lift, interval: interval(lift.interval) },
  };
}
