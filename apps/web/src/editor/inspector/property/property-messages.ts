import { defineMessages, type LocalizedText } from '../../../app/i18n';
import type { PropertyValueType } from './property-options';

/** The event property picker's strings. */
export const propertyMessages = defineMessages({
  uses: {
    en: 'on {count} of the last {sampled, plural, one {# event} other {# events}}',
    'zh-TW': '最近 {sampled} 筆事件中有 {count} 筆',
    'zh-CN': '最近 {sampled} 条事件中有 {count} 条',
  },
  examples: { en: '{type}, e.g. {examples}', 'zh-TW': '{type}，例如 {examples}', 'zh-CN': '{type}，例如 {examples}' },
  showProperties: {
    en: 'Show properties received',
    'zh-TW': '顯示已收到的屬性',
    'zh-CN': '显示已收到的属性',
  },
  newProperty: {
    en: 'Not received with this event yet: it will be used as typed.',
    'zh-TW': '此事件尚未帶過這個屬性：將依輸入內容使用。',
    'zh-CN': '此事件尚未带过这个属性：将按输入内容使用。',
  },
  chooseEventFirst: {
    en: 'Choose the event first to see the properties it was received with.',
    'zh-TW': '請先選擇事件，即可看到它帶有的屬性。',
    'zh-CN': '请先选择事件，即可看到它带有的属性。',
  },
});

/** A property's value type in words. */
export const propertyTypeWords: Readonly<Record<PropertyValueType, LocalizedText>> = {
  string: { en: 'text', 'zh-TW': '文字', 'zh-CN': '文本' },
  number: { en: 'number', 'zh-TW': '數字', 'zh-CN': '数字' },
  boolean: { en: 'yes / no', 'zh-TW': '是／否', 'zh-CN': '是／否' },
  array: { en: 'list', 'zh-TW': '清單', 'zh-CN': '列表' },
  object: { en: 'group of values', 'zh-TW': '一組值', 'zh-CN': '一组值' },
  null: { en: 'empty', 'zh-TW': '空值', 'zh-CN': '空值' },
};
