import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';

/** The experiments report as `experiments.report` returns it. */
export type ExperimentsReport = inferRouterOutputs<AppRouter>['experiments']['report'];
export type ExperimentReport = ExperimentsReport['experiments'][number];
export type HoldoutReport = NonNullable<ExperimentsReport['holdout']>;
export type ControlGroupReport = inferRouterOutputs<AppRouter>['controlGroup']['report'];
