import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';

type Outputs = inferRouterOutputs<AppRouter>['customers'];

/** A row of the customers list. */
export type CustomerListEntry = Outputs['list']['items'][number];
/** The profile page's data. */
export type CustomerProfile = Outputs['get'];
export type CustomerEnrollment = CustomerProfile['enrollments'][number];
export type CustomerTag = CustomerProfile['tags'][number];
export type CustomerIdentity = CustomerProfile['identities'][number];
export type TimelineEntry = Outputs['timeline']['items'][number];
