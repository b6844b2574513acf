export { journeyTemplates, getTemplate } from './catalog';
export { defineTemplate, templateNodeTypes, templateTagLabels, templateTags } from './template';
export type { JourneyTemplate, TemplateTag } from './template';
export { CHOOSE_ID } from './template-assets';
export type { SuggestedPrize, SuggestedPrizeReward, TemplateAsset, TemplateAssetKind } from './template-assets';
