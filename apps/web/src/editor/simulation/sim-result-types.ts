// The shape of `simulation.run`'s answer, as the server's zod schema (@wayfarer/simulation) types it.
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';

export type SimulationResult = inferRouterOutputs<AppRouter>['simulation']['run'];
export type SimulatedStep = SimulationResult['steps'][number];
/** A message of a step; no status means sent. */
export type SimulatedMessage = SimulatedStep['messages'][number];
export type SimulatedReward = SimulatedStep['rewards'][number];
export type SimulatedChange = SimulatedStep['changes'][number];
