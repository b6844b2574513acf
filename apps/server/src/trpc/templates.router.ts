import { locales } from '@wayfarer/nodes';
import { getTemplate, journeyTemplates } from '@wayfarer/templates';
import { z } from 'zod';
import { templateReferences } from '../journeys/create-from-template';
import { TemplateNotFoundError } from '../journeys/journey-errors';
import { toTemplateSummary } from '../journeys/template-views';
import { templateSetup } from '../templates/template-setup';
import { router, workspaceProcedure } from './trpc';

export const templatesRouter = router({
  /** Every journey template: texts in every language, the node types it uses and a preview outline. */
  list: workspaceProcedure.query(() => journeyTemplates.map(toTemplateSummary)),

  /**
   * What starting from the template needs in this workspace: the channel its messages go out on
   * (and the connected ones), and each badge, tier, segment or lottery its steps name — to create
   * from its suggestion or pick from those listed. Texts in `locale`.
   */
  setup: workspaceProcedure
    .input(z.object({ templateId: z.string().min(1).max(100), locale: z.enum(locales).default('en') }))
    .query(({ ctx, input }) => {
      const template = getTemplate(input.templateId);
      if (template === undefined) throw new TemplateNotFoundError(input.templateId);
      const channels = templateReferences(template, ctx.services.registry)
        .filter((reference) => reference.kind === 'channel')
        .map((reference) => reference.ref);
      return templateSetup(ctx.services, ctx.workspaceId, template, input.locale, [...new Set(channels)]);
    }),
});
