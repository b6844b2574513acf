// Experiments, pure: who gets which arm (stable hashing), the always-valid sequential test that
// picks a winner, and the figures of the report. No I/O; the worker and the server feed it counts.
export { assignArm, inSample, pickArm, stableBucket } from './assignment';
export {
  alwaysValidInterval,
  mixtureLogLikelihoodRatio,
  rejectsNoDifference,
  type Difference,
  type Interval,
} from './sequential-test';
export {
  conversionRate,
  meanDifference,
  meanMixingVariance,
  meanPerCustomer,
  MIXING_RELATIVE_EFFECT,
  rateDifference,
  rateMixingVariance,
  type ArmCounts,
  type ValueTotals,
} from './rates';
export {
  compareArms,
  decideWinner,
  defaultDecisionSettings,
  pairAlpha,
  type Comparison,
  type Decision,
  type DecisionSettings,
} from './decision';
export { credibleInterval, probabilityToBeBest } from './posterior';
export { summariseArms, groupLift, valueLift, type ArmSummary, type Lift } from './summary';
