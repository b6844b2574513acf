import { defineMessages } from '../app/i18n';

// Kept apart from the segment pages' messages: the editor bundles the picker, not the pages.
export const segmentPickerMessages = defineMessages({
  choose: { en: 'Choose a segment…', 'zh-TW': '選擇分群…', 'zh-CN': '选择分群…' },
  loading: { en: 'Loading segments…', 'zh-TW': '載入分群中…', 'zh-CN': '加载分群中…' },
  unknown: {
    en: 'Archived or unknown segment ({id})',
    'zh-TW': '已封存或不明的分群（{id}）',
    'zh-CN': '已归档或未知的分群（{id}）',
  },
});
