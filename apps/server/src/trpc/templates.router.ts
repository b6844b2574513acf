import { journeyTemplates } from '@wayfarer/templates';
import { toTemplateSummary } from '../journeys/template-views';
import { router, workspaceProcedure } from './trpc';

export const templatesRouter = router({
  /** Every journey template: texts in every language, the node types it uses and a preview outline. */
  list: workspaceProcedure.query(() => journeyTemplates.map(toTemplateSummary)),
});
