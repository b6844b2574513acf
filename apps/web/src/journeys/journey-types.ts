import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';

/** A row of the journeys list, as the API returns it. */
export type JourneyListEntry = inferRouterOutputs<AppRouter>['journeys']['list'][number];
export type JourneyStatus = JourneyListEntry['status'];
/** A tag of the workspace's journeys and on how many listed journeys it is. */
export type JourneyTagCount = inferRouterOutputs<AppRouter>['journeys']['listTags'][number];
