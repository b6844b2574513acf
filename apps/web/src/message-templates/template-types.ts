import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';

type Outputs = inferRouterOutputs<AppRouter>['messageTemplates'];
type Inputs = inferRouterInputs<AppRouter>['messageTemplates'];

/** A template of the workspace library. */
export type LibraryTemplate = Outputs['get'];
/** What the server's preview returns: the rendered message or its problems. */
export type MessagePreviewResult = Outputs['preview'];
export type PreviewRequest = Inputs['preview'];
export type TemplateContent = LibraryTemplate['content'];
export type TemplateChannel = LibraryTemplate['channel'];
