import type { Locale, LocalizedText } from '../../define';
import { defineEditor, type AnyEditorFacet, type FieldCondition } from '../../editor/define-editor';
import { lineKeywordTrigger } from './keyword-trigger';
import type { StepOptionField } from '@wayfarer/channels/spec';
import { channelsTaking } from '../channel-step-options';
import { DEFAULT_RICH_MENU, switchRichMenuNode } from './switch-rich-menu';

const text = {
  keywords: {
    en: 'When a LINE message says {keywords}',
    'zh-TW': 'LINE 訊息為 {keywords} 時',
    'zh-CN': 'LINE 消息为 {keywords} 时',
  },
  keywordsIn: {
    en: 'When a LINE message contains {keywords}',
    'zh-TW': 'LINE 訊息包含 {keywords} 時',
    'zh-CN': 'LINE 消息包含 {keywords} 时',
  },
  richMenu: { en: 'Switch the LINE rich menu', 'zh-TW': '切換 LINE 圖文選單', 'zh-CN': '切换 LINE 图文菜单' },
  defaultMenu: {
    en: 'Back to the default rich menu',
    'zh-TW': '回到預設圖文選單',
    'zh-CN': '回到默认图文菜单',
  },
} satisfies Record<string, LocalizedText>;

/** At most three keywords on a card, quoted, then an ellipsis. */
function keywordList(keywords: readonly string[], locale: Locale): string {
  const shown = keywords.slice(0, 3).map((keyword) => (locale === 'en' ? `“${keyword}”` : `「${keyword}」`));
  return `${shown.join(locale === 'en' ? ' or ' : '或')}${keywords.length > 3 ? '…' : ''}`;
}

/** Editor facets of the LINE-native node types. */
export const lineEditors: readonly AnyEditorFacet[] = [
  defineEditor(lineKeywordTrigger, {
    icon: 'message-circle',
    summary: (config, locale) =>
      (config.match === 'contains' ? text.keywordsIn : text.keywords)[locale].replace(
        '{keywords}',
        keywordList(config.keywords, locale),
      ),
  }),
  defineEditor(switchRichMenuNode, {
    icon: 'layout-grid',
    summary: (config, locale) => (config.richMenuId === DEFAULT_RICH_MENU ? text.defaultMenu : text.richMenu)[locale],
    widgets: { richMenuId: 'rich-menu' },
  }),
];

/**
 * A send step's LINE options (quick replies, reply) are shown only while its channel is LINE, and
 * the channel options (channel-step-options.ts) for the channels whose definition takes them.
 */
export function lineOptionsVisibility(channelField: string): Readonly<Record<string, FieldCondition>> {
  const line = { field: channelField, values: ['line'] };
  const taking = (field: StepOptionField) => ({ field: channelField, values: channelsTaking(field) });
  return {
    quickReplies: { field: channelField, values: ['line', ...channelsTaking('quickReplies')] },
    reply: line,
    messageTag: taking('messageTag'),
    templateId: taking('templateId'),
  };
}
