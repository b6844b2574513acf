import { defineMessages } from '../app/i18n';

/** Settings → Data retention. */
export const retentionMessages = defineMessages({
  title: { en: 'Data retention', 'zh-TW': '資料保留', 'zh-CN': '数据保留' },
  subtitle: {
    en: 'How long raw history is kept. Older rows are deleted every day; journey reports keep their daily totals.',
    'zh-TW': '原始紀錄保留多久。較舊的資料每天刪除；旅程報表仍保留每日統計。',
    'zh-CN': '原始记录保留多久。较旧的数据每天删除；旅程报表仍保留每日统计。',
  },
  settingsTitle: { en: 'Keep for', 'zh-TW': '保留期間', 'zh-CN': '保留期间' },
  eventsDays: { en: 'Customer events', 'zh-TW': '顧客事件', 'zh-CN': '顾客事件' },
  stepEventsDays: { en: 'Journey step history', 'zh-TW': '旅程步驟紀錄', 'zh-CN': '旅程步骤记录' },
  messagesDays: { en: 'Sent messages', 'zh-TW': '已發送訊息', 'zh-CN': '已发送消息' },
  days: { en: 'days', 'zh-TW': '天', 'zh-CN': '天' },
  range: {
    en: '{min} to {max} days',
    'zh-TW': '{min} 至 {max} 天',
    'zh-CN': '{min} 至 {max} 天',
  },
  outOfRange: {
    en: '{field}: enter whole days from {min} to {max}.',
    'zh-TW': '{field}：請輸入 {min} 至 {max} 的整數天數。',
    'zh-CN': '{field}：请输入 {min} 至 {max} 的整数天数。',
  },
  lookBack: {
    en: 'Your segments and live journeys look back {days} days, so events are kept at least that long.',
    'zh-TW': '您的分群與進行中的旅程會回溯 {days} 天，因此事件至少保留這麼久。',
    'zh-CN': '您的分群与进行中的旅程会回溯 {days} 天，因此事件至少保留这么久。',
  },
  runningKept: {
    en: 'History of customers still in a journey is never deleted.',
    'zh-TW': '仍在旅程中的顧客紀錄不會被刪除。',
    'zh-CN': '仍在旅程中的顾客记录不会被删除。',
  },
  runsTitle: { en: 'Recent clean-ups', 'zh-TW': '最近的清理', 'zh-CN': '最近的清理' },
  noRuns: {
    en: 'Nothing has been cleaned up yet. The first clean-up runs within a day.',
    'zh-TW': '尚未清理任何資料。第一次清理會在一天內執行。',
    'zh-CN': '尚未清理任何数据。第一次清理会在一天内执行。',
  },
  started: { en: 'Started', 'zh-TW': '開始時間', 'zh-CN': '开始时间' },
  inProgress: { en: 'Running', 'zh-TW': '執行中', 'zh-CN': '运行中' },
  loading: { en: 'Loading…', 'zh-TW': '載入中…', 'zh-CN': '加载中…' },
  loadFailed: {
    en: 'The retention settings could not be loaded.',
    'zh-TW': '無法載入資料保留設定。',
    'zh-CN': '无法加载数据保留设置。',
  },
  retry: { en: 'Try again', 'zh-TW': '重試', 'zh-CN': '重试' },
});
