import { createJourney, type Db, type Journey } from '@wayfarer/db';
import { journeyGraphSchema } from '@wayfarer/journey';
import type { Locale } from '@wayfarer/nodes';
import { getTemplate } from '@wayfarer/templates';
import { TemplateNotFoundError } from './journey-errors';

/**
 * A new draft journey from a template, its messages and step labels in `locale`; named `name`, or
 * after the template in that language.
 */
export async function createJourneyFromTemplate(
  db: Db,
  input: { workspaceId: string; templateId: string; locale: Locale; name?: string | undefined },
): Promise<Journey> {
  const template = getTemplate(input.templateId);
  if (template === undefined) throw new TemplateNotFoundError(input.templateId);
  // Templates are checked by their unit tests; parsing fills the format's defaults.
  const draft = journeyGraphSchema.parse(template.graph(input.locale));
  return createJourney(db, { workspaceId: input.workspaceId, name: input.name ?? template.name[input.locale], draft });
}
