import type { Diagnostic } from '@wayfarer/journey';
import { assetKindNames } from '../../app/asset-kinds';
import { channelName } from '../../app/channel-names';
import { defineMessages, format, type Locale } from '../../app/i18n';

const m = defineMessages({
  channelNotConnected: {
    en: '{channel} is not connected in this workspace. Connect it under Settings → Channels, or pick another channel.',
    'zh-TW': '此工作區尚未連接{channel}。請到「設定 → 管道」連接，或改選其他管道。',
    'zh-CN': '此工作区尚未连接{channel}。请到“设置 → 渠道”连接，或改选其他渠道。',
  },
  missingNamed: {
    en: 'The {kind} “{ref}” does not exist in this workspace. Create it, or pick one that exists.',
    'zh-TW': '此工作區沒有{kind}「{ref}」。請先建立，或改選已有的項目。',
    'zh-CN': '此工作区没有{kind}“{ref}”。请先创建，或改选已有的项目。',
  },
  missingChosen: {
    en: 'The {kind} chosen here does not exist in this workspace (deleted or archived?). Pick one that exists.',
    'zh-TW': '此處選擇的{kind}在工作區中不存在（可能已刪除或封存）。請改選已有的項目。',
    'zh-CN': '此处选择的{kind}在工作区中不存在（可能已删除或归档）。请改选已有的项目。',
  },
  testChannel: {
    en: 'Sends to the test mailbox: customers receive nothing. Pick a real channel to reach them.',
    'zh-TW': '訊息只會寄到測試信箱，顧客收不到。若要送達顧客，請改選正式管道。',
    'zh-CN': '消息只会发到测试信箱，顾客收不到。若要送达顾客，请改选正式渠道。',
  },
  attributeMissing: {
    en: 'Customers without “{attribute}” get an empty value here. Add a fallback: {{ customer.{attribute} | default: "…" }}.',
    'zh-TW': '沒有「{attribute}」的顧客在這裡會是空白。請加上預設值：{{ customer.{attribute} | default: "…" }}。',
    'zh-CN': '没有“{attribute}”的顾客在这里会是空白。请加上默认值：{{ customer.{attribute} | default: "…" }}。',
  },
});

// Ids say nothing to a marketer; keys (badge-7, gold) and channel names do.
const namedByKey = new Set(['badge', 'tier']);

/**
 * A problem's detail in the UI language where the code is one the workspace check reports (its
 * params carry what to say); the compiler's own message otherwise.
 */
export function problemDetail(problem: Diagnostic, locale: Locale): string {
  const params = problem.params ?? {};
  const kind = params['kind'] ?? '';
  const ref = params['ref'] ?? '';
  const kindName = assetKindNames[kind]?.[locale] ?? kind;
  switch (problem.code) {
    case 'channel_not_connected':
      return format(m.channelNotConnected[locale], { channel: channelName(ref, locale) });
    case 'missing_asset':
      return format((namedByKey.has(kind) ? m.missingNamed : m.missingChosen)[locale], { kind: kindName, ref });
    case 'test_channel':
      return m.testChannel[locale];
    case 'attribute_may_be_missing':
      return format(m.attributeMissing[locale], { attribute: params['attribute'] ?? '' });
    default:
      return problem.message;
  }
}
