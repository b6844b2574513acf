import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';

type Outputs = inferRouterOutputs<AppRouter>['segments'];

/** A customer the live preview shows. */
export type SegmentPreviewMember = Outputs['preview']['members'][number];
