import type { Locale, LocalizedText } from '../define';
import {
  apiTrigger,
  branchNode,
  broadcastTrigger,
  dateTrigger,
  endNode,
  experimentDefinition,
  experimentNode,
  eventTrigger,
  segmentTrigger,
  sendNode,
  shareLinkNode,
  splitNode,
  tagNode,
  tagTrigger,
  waitNode,
} from '../builtins';
import type { BranchCondition } from '../builtins/branch';
import { lineEditors, lineOptionsVisibility } from '../builtins/line/line.editor';
import { loyaltyEditors } from '../builtins/loyalty/loyalty.editor';
import { formatDuration, type Duration } from '../builtins/duration';
import { defineEditor, type AnyEditorFacet } from './define-editor';
import { messageContentVisibility, messageContentWidgets } from './message-content.editor';

// Summaries are the sentence on a node card, in the marketer's language. Placeholders: {name}.
const text = {
  shareLink: { en: 'Share link to {page}', 'zh-TW': '分享連結到 {page}', 'zh-CN': '分享链接到 {page}' },
  eventTrigger: { en: 'When {event} happens', 'zh-TW': '當 {event} 發生時', 'zh-CN': '当 {event} 发生时' },
  tagTrigger: { en: 'When tag {tag} is added', 'zh-TW': '新增標籤 {tag} 時', 'zh-CN': '添加标签 {tag} 时' },
  dateOn: {
    en: 'On {attribute} at {time} local time',
    'zh-TW': '{attribute} 當天當地時間 {time}',
    'zh-CN': '{attribute} 当天当地时间 {time}',
  },
  dateBefore: {
    en: '{days} before {attribute} at {time} local time',
    'zh-TW': '{attribute} 前 {days}，當地時間 {time}',
    'zh-CN': '{attribute} 前 {days}，当地时间 {time}',
  },
  dateAfter: {
    en: '{days} after {attribute} at {time} local time',
    'zh-TW': '{attribute} 後 {days}，當地時間 {time}',
    'zh-CN': '{attribute} 后 {days}，当地时间 {time}',
  },
  segmentTrigger: { en: 'When entering a segment', 'zh-TW': '進入分眾時', 'zh-CN': '进入分群时' },
  apiTrigger: { en: 'When started by API', 'zh-TW': '由 API 啟動時', 'zh-CN': '由 API 启动时' },
  broadcastTrigger: { en: 'When broadcast to a segment', 'zh-TW': '群發給分眾時', 'zh-CN': '群发给分群时' },
  updateProfile: { en: 'Update profile', 'zh-TW': '更新顧客資料', 'zh-CN': '更新顾客资料' },
  waitFor: { en: 'Wait {duration}', 'zh-TW': '等待 {duration}', 'zh-CN': '等待 {duration}' },
  waitUntil: { en: 'Wait until {time} local time', 'zh-TW': '等到當地時間 {time}', 'zh-CN': '等到当地时间 {time}' },
  waitEvent: {
    en: 'Wait up to {duration} for {event}',
    'zh-TW': '等待 {event}，最多 {duration}',
    'zh-CN': '等待 {event}，最多 {duration}',
  },
  branch: { en: 'If {condition}', 'zh-TW': '若 {condition}', 'zh-CN': '如果 {condition}' },
  andMore: {
    en: '{first} and {count} more',
    'zh-TW': '{first} 等 {total} 個條件',
    'zh-CN': '{first} 等 {total} 个条件',
  },
  and: { en: ' and ', 'zh-TW': ' 且 ', 'zh-CN': ' 且 ' },
  or: { en: ' or ', 'zh-TW': ' 或 ', 'zh-CN': ' 或 ' },
  tag: { en: 'tag', 'zh-TW': '標籤', 'zh-CN': '标签' },
  points: { en: 'points', 'zh-TW': '點數', 'zh-CN': '积分' },
  tier: { en: 'tier', 'zh-TW': '會員等級', 'zh-CN': '会员等级' },
  badge: { en: 'badge', 'zh-TW': '徽章', 'zh-CN': '徽章' },
  valueTier: { en: 'value tier', 'zh-TW': '顧客價值等級', 'zh-CN': '客户价值等级' },
  inSegment: { en: 'in the segment', 'zh-TW': '屬於分眾', 'zh-CN': '属于分群' },
  notInSegment: { en: 'not in the segment', 'zh-TW': '不屬於分眾', 'zh-CN': '不属于分群' },
  did: { en: '{event} happened', 'zh-TW': '發生過 {event}', 'zh-CN': '发生过 {event}' },
  didNot: { en: '{event} did not happen', 'zh-TW': '未發生 {event}', 'zh-CN': '未发生 {event}' },
  split: { en: 'Split {paths}', 'zh-TW': '分流 {paths}', 'zh-CN': '分流 {paths}' },
  send: { en: 'Send: {name}', 'zh-TW': '發送：{name}', 'zh-CN': '发送：{name}' },
  sendAb: { en: 'Send: {name} (A/B test)', 'zh-TW': '發送：{name}（A/B 測試）', 'zh-CN': '发送：{name}（A/B 测试）' },
  experiment: { en: 'Test {arms}', 'zh-TW': '實驗 {arms}', 'zh-CN': '实验 {arms}' },
  end: { en: 'End', 'zh-TW': '結束', 'zh-CN': '结束' },
} satisfies Record<string, LocalizedText>;

// English durations come from formatDuration ("1 day", "3 days"); Chinese has no plural.
const chineseUnits: Record<Duration['unit'], Record<Exclude<Locale, 'en'>, string>> = {
  seconds: { 'zh-TW': '秒', 'zh-CN': '秒' },
  minutes: { 'zh-TW': '分鐘', 'zh-CN': '分钟' },
  hours: { 'zh-TW': '小時', 'zh-CN': '小时' },
  days: { 'zh-TW': '天', 'zh-CN': '天' },
  weeks: { 'zh-TW': '週', 'zh-CN': '周' },
};

const operators: Record<string, string> = {
  eq: '=',
  neq: '≠',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  contains: '∋',
  in: '∈',
  exists: 'exists',
  not_exists: 'not set',
  has: '=',
  has_not: '≠',
};

/** A page's address without its scheme, as a card shows it ("brand.tw/join"). */
function pageName(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

function say(message: LocalizedText, locale: Locale, values: Readonly<Record<string, string | number>> = {}): string {
  return message[locale].replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

/** A duration as a marketer reads it: "3 days", "3 天". */
export function durationText(value: Duration, locale: Locale): string {
  return locale === 'en' ? formatDuration(value) : `${value.amount} ${chineseUnits[value.unit][locale]}`;
}

function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

function condition(test: BranchCondition, locale: Locale): string {
  switch (test.subject) {
    case 'attribute':
      return test.op === 'exists' || test.op === 'not_exists'
        ? `${test.path} ${operators[test.op]}`
        : `${test.path} ${operators[test.op]} ${valueText(test.value)}`;
    case 'tag':
      return `${say(text.tag, locale)} ${operators[test.op]} ${test.tag}`;
    case 'points':
      return `${say(text.points, locale)} ${operators[test.op]} ${test.value}`;
    case 'tier':
      return `${say(text.tier, locale)} ${operators[test.op === 'is' ? 'eq' : 'neq']} ${test.tier}`;
    case 'badge':
      return `${say(text.badge, locale)} ${operators[test.op]} ${test.badgeKey}`;
    case 'valueTier':
      return `${say(text.valueTier, locale)} ${operators[test.op === 'is' ? 'eq' : 'neq']} ${test.valueTier}`;
    case 'segment':
      // The id is a uuid: the card says what is tested, the form's picker names the segment.
      return say(test.op === 'member' ? text.inSegment : text.notInSegment, locale);
    case 'event':
      return say(test.op === 'received' ? text.did : text.didNot, locale, { event: test.event });
    default: {
      const unreachable: never = test;
      return unreachable;
    }
  }
}

function conditions(list: readonly BranchCondition[], match: 'all' | 'any', locale: Locale): string {
  const [first, second] = list.map((test) => condition(test, locale));
  if (list.length <= 2)
    return [first, second].filter((part) => part !== undefined).join(say(match === 'all' ? text.and : text.or, locale));
  return say(text.andMore, locale, { first: first ?? '', count: list.length - 1, total: list.length });
}

const describeWait = defineEditor(waitNode, {
  icon: 'hourglass',
  widgets: { event: 'event-name', 'where.*.path': 'event-property' },
  summary: (config, locale) => {
    switch (config.mode) {
      case 'duration':
        return say(text.waitFor, locale, { duration: durationText(config.duration, locale) });
      case 'time_of_day':
        return say(text.waitUntil, locale, { time: config.time });
      case 'event':
        return say(text.waitEvent, locale, { duration: durationText(config.timeout, locale), event: config.event });
      default: {
        const unreachable: never = config;
        return unreachable;
      }
    }
  },
});

function tagSummary(
  config: { add: string[]; remove: string[]; setAttributes: Record<string, unknown> },
  locale: Locale,
): string {
  const attributes = Object.entries(config.setAttributes).map(([key, value]) => `${key} = ${valueText(value)}`);
  const parts = [...config.add.map((tag) => `+${tag}`), ...config.remove.map((tag) => `−${tag}`), ...attributes];
  return parts.join(' ') || say(text.updateProfile, locale);
}

/** Editor facets of the built-in node types. */
export const builtinEditors: readonly AnyEditorFacet[] = [
  defineEditor(eventTrigger, {
    icon: 'zap',
    summary: (config, locale) => say(text.eventTrigger, locale, { event: config.event }),
    widgets: { event: 'event-name', 'where.*.path': 'event-property' },
  }),
  defineEditor(apiTrigger, { icon: 'plug', summary: (_config, locale) => say(text.apiTrigger, locale) }),
  defineEditor(tagTrigger, {
    icon: 'tag',
    summary: (config, locale) => say(text.tagTrigger, locale, { tag: config.tag }),
    widgets: { tag: 'tag-name' },
  }),
  defineEditor(dateTrigger, {
    icon: 'cake',
    widgets: { attribute: 'attribute-name' },
    summary: (config, locale) => {
      const values = { attribute: config.attribute, time: config.at };
      if (config.offsetDays === 0) return say(text.dateOn, locale, values);
      const days = durationText({ amount: Math.abs(config.offsetDays), unit: 'days' }, locale);
      return say(config.offsetDays < 0 ? text.dateBefore : text.dateAfter, locale, { ...values, days });
    },
  }),
  defineEditor(segmentTrigger, {
    icon: 'users',
    summary: (_config, locale) => say(text.segmentTrigger, locale),
    widgets: { segmentId: 'segment' },
  }),
  // The segment id is a uuid: the card names the trigger, the form's segment picker names the segment.
  defineEditor(broadcastTrigger, {
    icon: 'megaphone',
    summary: (_config, locale) => say(text.broadcastTrigger, locale),
    widgets: { segmentId: 'segment' },
  }),
  ...lineEditors,
  defineEditor(tagNode, { icon: 'tags', summary: tagSummary, widgets: { add: 'tags', remove: 'tags' } }),
  defineEditor(shareLinkNode, {
    icon: 'share-2',
    summary: (config, locale) => say(text.shareLink, locale, { page: pageName(config.landingUrl) }),
  }),
  describeWait,
  defineEditor(branchNode, {
    icon: 'split',
    widgets: {
      'conditions.*.segmentId': 'segment',
      'conditions.*.event': 'event-name',
      'conditions.*.where.*.path': 'event-property',
      'conditions.*.tag': 'tag-name',
      'conditions.*.path': 'attribute-name',
    },
    summary: (config, locale) =>
      say(text.branch, locale, { condition: conditions(config.conditions, config.match, locale) }),
  }),
  defineEditor(splitNode, {
    icon: 'dices',
    summary: (config, locale) =>
      say(text.split, locale, { paths: config.paths.map((path) => `${path.percent}%`).join(' / ') }),
  }),
  defineEditor(experimentNode, {
    icon: 'flask-conical',
    summary: (config, locale) => {
      const arms = experimentDefinition(config).arms.map((arm) => `${arm.label} ${arm.percent}%`);
      return say(text.experiment, locale, { arms: arms.join(' / ') });
    },
  }),
  defineEditor(sendNode, {
    icon: 'send',
    summary: (config, locale) =>
      say((config.abTest?.variants.length ?? 0) > 0 ? text.sendAb : text.send, locale, { name: config.name }),
    widgets: messageContentWidgets,
    visibleWhen: { ...messageContentVisibility('channel'), ...lineOptionsVisibility('channel') },
    messageContent: { channelField: 'channel' },
  }),
  ...loyaltyEditors,
  defineEditor(endNode, { icon: 'flag', summary: (_config, locale) => say(text.end, locale) }),
];
