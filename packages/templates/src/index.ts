export { journeyTemplates, getTemplate } from './catalog';
export { defineTemplate, templateNodeTypes, templateTagLabels, templateTags } from './template';
export type { JourneyTemplate, TemplateTag } from './template';
