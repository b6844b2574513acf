import { channelNames } from '../../../app/channel-names';
import type { LocalizedText } from '../../../app/i18n';

// Schemas are written in English, but marketers read zh-TW / zh-CN. These are words that recur in
// many node types' configs (not the node types themselves); a field or option not listed here still
// gets a label from its name, so a custom node type needs nothing from this file.

/** Labels for common config property names. */
export const fieldGlossary: Readonly<Record<string, LocalizedText>> = {
  event: { en: 'Event', 'zh-TW': '事件', 'zh-CN': '事件' },
  where: { en: 'Where', 'zh-TW': '篩選條件', 'zh-CN': '筛选条件' },
  path: { en: 'Path', 'zh-TW': '欄位', 'zh-CN': '字段' },
  op: { en: 'Operator', 'zh-TW': '比較方式', 'zh-CN': '比较方式' },
  value: { en: 'Value', 'zh-TW': '值', 'zh-CN': '值' },
  tag: { en: 'Tag', 'zh-TW': '標籤', 'zh-CN': '标签' },
  tags: { en: 'Tags', 'zh-TW': '標籤', 'zh-CN': '标签' },
  points: { en: 'Points', 'zh-TW': '點數', 'zh-CN': '积分' },
  reason: { en: 'Reason', 'zh-TW': '原因', 'zh-CN': '原因' },
  name: { en: 'Name', 'zh-TW': '名稱', 'zh-CN': '名称' },
  subject: { en: 'Subject', 'zh-TW': '主旨', 'zh-CN': '主题' },
  body: { en: 'Message', 'zh-TW': '訊息內容', 'zh-CN': '消息内容' },
  channel: { en: 'Channel', 'zh-TW': '管道', 'zh-CN': '渠道' },
  match: { en: 'Match', 'zh-TW': '符合方式', 'zh-CN': '匹配方式' },
  conditions: { en: 'Conditions', 'zh-TW': '條件', 'zh-CN': '条件' },
  paths: { en: 'Paths', 'zh-TW': '路徑', 'zh-CN': '路径' },
  percent: { en: 'Percent', 'zh-TW': '百分比', 'zh-CN': '百分比' },
  label: { en: 'Label', 'zh-TW': '名稱', 'zh-CN': '名称' },
  duration: { en: 'Duration', 'zh-TW': '時間長度', 'zh-CN': '时长' },
  amount: { en: 'Amount', 'zh-TW': '數量', 'zh-CN': '数量' },
  unit: { en: 'Unit', 'zh-TW': '單位', 'zh-CN': '单位' },
  timeout: { en: 'Give up after', 'zh-TW': '最長等待', 'zh-CN': '最长等待' },
  time: { en: 'Time', 'zh-TW': '時間', 'zh-CN': '时间' },
  add: { en: 'Add tags', 'zh-TW': '新增標籤', 'zh-CN': '添加标签' },
  remove: { en: 'Remove tags', 'zh-TW': '移除標籤', 'zh-CN': '移除标签' },
  setAttributes: { en: 'Set attributes', 'zh-TW': '設定屬性', 'zh-CN': '设置属性' },
  tier: { en: 'Tier', 'zh-TW': '會員等級', 'zh-CN': '会员等级' },
  badgeKey: { en: 'Badge', 'zh-TW': '徽章', 'zh-CN': '徽章' },
  valueTier: { en: 'Value tier', 'zh-TW': '顧客價值分級', 'zh-CN': '客户价值分级' },
  segmentId: { en: 'Segment or list', 'zh-TW': '分眾或名單', 'zh-CN': '分群或名单' },
  metric: { en: 'Measured on', 'zh-TW': '衡量指標', 'zh-CN': '衡量指标' },
  autoWinner: { en: 'Auto winner', 'zh-TW': '自動選出勝出版本', 'zh-CN': '自动选出胜出版本' },
  enabled: { en: 'On', 'zh-TW': '開啟', 'zh-CN': '开启' },
  minimumPerVariant: { en: 'Minimum per variant', 'zh-TW': '每個版本最少人數', 'zh-CN': '每个版本最少人数' },
  withinDays: { en: 'Within (days)', 'zh-TW': '天數內', 'zh-CN': '天数内' },
  abTest: { en: 'A/B test', 'zh-TW': 'A/B 測試', 'zh-CN': 'A/B 测试' },
  data: { en: 'Postback data', 'zh-TW': 'Postback 資料', 'zh-CN': 'Postback 数据' },
};

/** Labels for common enum / discriminator values. */
export const optionGlossary: Readonly<Record<string, LocalizedText>> = {
  eq: { en: 'is', 'zh-TW': '等於', 'zh-CN': '等于' },
  neq: { en: 'is not', 'zh-TW': '不等於', 'zh-CN': '不等于' },
  gt: { en: 'more than', 'zh-TW': '大於', 'zh-CN': '大于' },
  gte: { en: 'at least', 'zh-TW': '大於或等於', 'zh-CN': '大于或等于' },
  lt: { en: 'less than', 'zh-TW': '小於', 'zh-CN': '小于' },
  lte: { en: 'at most', 'zh-TW': '小於或等於', 'zh-CN': '小于或等于' },
  contains: { en: 'contains', 'zh-TW': '包含', 'zh-CN': '包含' },
  in: { en: 'is one of', 'zh-TW': '屬於其中之一', 'zh-CN': '属于其中之一' },
  exists: { en: 'is set', 'zh-TW': '已設定', 'zh-CN': '已设置' },
  not_exists: { en: 'is not set', 'zh-TW': '未設定', 'zh-CN': '未设置' },
  has: { en: 'has', 'zh-TW': '有', 'zh-CN': '有' },
  has_not: { en: 'does not have', 'zh-TW': '沒有', 'zh-CN': '没有' },
  received: { en: 'did it', 'zh-TW': '已發生', 'zh-CN': '已发生' },
  not_received: { en: 'did not do it', 'zh-TW': '未發生', 'zh-CN': '未发生' },
  seconds: { en: 'seconds', 'zh-TW': '秒', 'zh-CN': '秒' },
  minutes: { en: 'minutes', 'zh-TW': '分鐘', 'zh-CN': '分钟' },
  hours: { en: 'hours', 'zh-TW': '小時', 'zh-CN': '小时' },
  days: { en: 'days', 'zh-TW': '天', 'zh-CN': '天' },
  weeks: { en: 'weeks', 'zh-TW': '週', 'zh-CN': '周' },
  all: { en: 'all conditions', 'zh-TW': '全部條件', 'zh-CN': '全部条件' },
  any: { en: 'any condition', 'zh-TW': '任一條件', 'zh-CN': '任一条件' },
  duration: { en: 'Duration', 'zh-TW': '一段時間', 'zh-CN': '一段时间' },
  time_of_day: { en: 'Time of day', 'zh-TW': '指定時刻', 'zh-CN': '指定时刻' },
  event: { en: 'Event', 'zh-TW': '事件', 'zh-CN': '事件' },
  attribute: { en: 'Attribute', 'zh-TW': '屬性', 'zh-CN': '属性' },
  tag: { en: 'Tag', 'zh-TW': '標籤', 'zh-CN': '标签' },
  points: { en: 'Points', 'zh-TW': '點數', 'zh-CN': '积分' },
  ...channelNames,
  is: { en: 'is', 'zh-TW': '是', 'zh-CN': '是' },
  is_not: { en: 'is not', 'zh-TW': '不是', 'zh-CN': '不是' },
  tier: { en: 'Tier', 'zh-TW': '會員等級', 'zh-CN': '会员等级' },
  badge: { en: 'Badge', 'zh-TW': '徽章', 'zh-CN': '徽章' },
  valueTier: { en: 'Value tier', 'zh-TW': '顧客價值分級', 'zh-CN': '客户价值分级' },
  strategic: { en: 'Strategic', 'zh-TW': '策略型顧客', 'zh-CN': '战略型客户' },
  high_value: { en: 'High value', 'zh-TW': '高價值顧客', 'zh-CN': '高价值客户' },
  core: { en: 'Core', 'zh-TW': '核心顧客', 'zh-CN': '核心客户' },
  general: { en: 'General', 'zh-TW': '一般顧客', 'zh-CN': '一般客户' },
  potential: { en: 'Potential', 'zh-TW': '潛力顧客', 'zh-CN': '潜力客户' },
  segment: { en: 'Segment or list', 'zh-TW': '分眾或名單', 'zh-CN': '分群或名单' },
  member: { en: 'is in', 'zh-TW': '屬於', 'zh-CN': '属于' },
  not_member: { en: 'is not in', 'zh-TW': '不屬於', 'zh-CN': '不属于' },
  goal: { en: 'Journey goal', 'zh-TW': '旅程目標', 'zh-CN': '旅程目标' },
  email_opened: { en: 'Email opened', 'zh-TW': '郵件開啟', 'zh-CN': '邮件打开' },
  email_clicked: { en: 'Email clicked', 'zh-TW': '郵件點擊', 'zh-CN': '邮件点击' },
  line_postback: { en: 'LINE postback', 'zh-TW': 'LINE Postback', 'zh-CN': 'LINE Postback' },
};

/**
 * Labels for the property that tells a union's options apart. Kept apart from fieldGlossary because
 * the same name means something else as a plain field (`subject` of an email vs. of a condition).
 */
export const discriminatorGlossary: Readonly<Record<string, LocalizedText>> = {
  mode: { en: 'Mode', 'zh-TW': '模式', 'zh-CN': '模式' },
  subject: { en: 'Condition on', 'zh-TW': '條件類型', 'zh-CN': '条件类型' },
  type: { en: 'Type', 'zh-TW': '類型', 'zh-CN': '类型' },
  kind: { en: 'Kind', 'zh-TW': '種類', 'zh-CN': '种类' },
};
