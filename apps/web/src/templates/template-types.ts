import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';

/** A template as the gallery receives it from `templates.list`. */
export type TemplateSummary = inferRouterOutputs<AppRouter>['templates']['list'][number];
export type TemplatePreviewOutline = TemplateSummary['preview'];
/** What starting from a template needs in this workspace (`templates.setup`). */
export type TemplateSetup = inferRouterOutputs<AppRouter>['templates']['setup'];
export type AssetNeed = TemplateSetup['assets'][number];
