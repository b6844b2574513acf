import type { JourneyGraphInput } from '@wayfarer/journey';
import type { Locale, LocalizedText } from '@wayfarer/nodes';
import type { TemplateAsset } from './template-assets';

/** What a template is for; the gallery groups and labels templates by these. */
export const templateTags = ['onboarding', 'conversion', 'loyalty', 'retention', 'gamification'] as const;
export type TemplateTag = (typeof templateTags)[number];

/** Tag names as marketers read them. */
export const templateTagLabels: Readonly<Record<TemplateTag, LocalizedText>> = {
  onboarding: { en: 'Onboarding', 'zh-TW': '新客引導', 'zh-CN': '新客引导' },
  conversion: { en: 'Conversion', 'zh-TW': '促成轉換', 'zh-CN': '促成转化' },
  loyalty: { en: 'Loyalty', 'zh-TW': '會員經營', 'zh-CN': '会员经营' },
  retention: { en: 'Retention', 'zh-TW': '顧客回流', 'zh-CN': '顾客回流' },
  gamification: { en: 'Gamification', 'zh-TW': '遊戲化', 'zh-CN': '游戏化' },
};

/** A ready-made journey a marketer starts from. Ids are persisted in links and never renamed. */
export interface JourneyTemplate {
  id: string;
  name: LocalizedText;
  /** One or two sentences for marketers: what customers experience. */
  description: LocalizedText;
  tags: readonly TemplateTag[];
  /** For developers wiring the data, not shown to marketers: the events and properties it expects. */
  developerNote: string;
  /** The journey with its message texts and step labels written in `locale`. */
  graph(locale: Locale): JourneyGraphInput;
  /** The workspace assets its steps name, each with what to create when the workspace has none. */
  assets?: readonly TemplateAsset[];
}

/** Declares a template (typed identity, like `defineNodeType`). */
export function defineTemplate(template: JourneyTemplate): JourneyTemplate {
  return Object.freeze(template);
}

/** Node type ids a template uses, in order of first appearance. */
export function templateNodeTypes(template: JourneyTemplate): string[] {
  return [...new Set(template.graph('en').nodes.map((node) => node.type))];
}
