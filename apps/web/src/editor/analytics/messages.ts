import { defineMessages } from '../../app/i18n';

/** Strings of the canvas counts and the editor's insight buttons. */
export const analyticsMessages = defineMessages({
  showCounts: { en: 'Show counts', 'zh-TW': '顯示人數', 'zh-CN': '显示人数' },
  showCountsHint: {
    en: 'Customers per step and per path, updated live',
    'zh-TW': '每個步驟與路徑的顧客人數，即時更新',
    'zh-CN': '每个步骤与路径的客户人数，实时更新',
  },
  countsNeedVersion: {
    en: 'Publish the journey to see counts',
    'zh-TW': '發布旅程後即可查看人數',
    'zh-CN': '发布旅程后即可查看人数',
  },
  countsScopeAll: {
    en: 'Counts of the live version; steps added since show none',
    'zh-TW': '目前上線版本的人數；之後新增的步驟不顯示',
    'zh-CN': '当前上线版本的人数；之后新增的步骤不显示',
  },
  countsScopeVersion: { en: 'This version', 'zh-TW': '此版本', 'zh-CN': '此版本' },
  range: { en: 'Date range', 'zh-TW': '日期範圍', 'zh-CN': '日期范围' },
  range24h: { en: 'Last 24 hours', 'zh-TW': '過去 24 小時', 'zh-CN': '过去 24 小时' },
  range7d: { en: 'Last 7 days', 'zh-TW': '過去 7 天', 'zh-CN': '过去 7 天' },
  range30d: { en: 'Last 30 days', 'zh-TW': '過去 30 天', 'zh-CN': '过去 30 天' },
  rangeAll: { en: 'All time', 'zh-TW': '全部時間', 'zh-CN': '全部时间' },
  entered: { en: '{count} entered', 'zh-TW': '{count} 人進入', 'zh-CN': '{count} 人进入' },
  waiting: { en: '{count} waiting here now', 'zh-TW': '{count} 人正在此等待', 'zh-CN': '{count} 人正在此等待' },
  errors: { en: '{count} errors', 'zh-TW': '{count} 個錯誤', 'zh-CN': '{count} 个错误' },
  skipped: { en: '{count} messages skipped', 'zh-TW': '{count} 則訊息略過', 'zh-CN': '{count} 条消息跳过' },
  deferred: {
    en: '{count} messages deferred',
    'zh-TW': '{count} 則訊息延後發送',
    'zh-CN': '{count} 条消息延后发送',
  },
  ended: {
    en: '{count} completed the journey here (nothing connected after this step)',
    'zh-TW': '{count} 人在此完成旅程（此步驟之後未連接其他步驟）',
    'zh-CN': '{count} 人在此完成旅程（此步骤之后未连接其他步骤）',
  },
  left: { en: '{count} took this path', 'zh-TW': '{count} 人走此路徑', 'zh-CN': '{count} 人走此路径' },
  countsFailed: {
    en: 'Counts could not be loaded: {message}',
    'zh-TW': '無法載入人數：{message}',
    'zh-CN': '无法加载人数：{message}',
  },
  live: { en: 'Live', 'zh-TW': '即時', 'zh-CN': '实时' },
  insights: { en: 'Insights', 'zh-TW': '成效分析', 'zh-CN': '成效分析' },
  testRun: { en: 'Test run', 'zh-TW': '模擬測試', 'zh-CN': '模拟测试' },
  enrollmentPath: {
    en: 'Path of enrollment {id}',
    'zh-TW': '參與紀錄 {id} 的路徑',
    'zh-CN': '参与记录 {id} 的路径',
  },
  clearPath: { en: 'Clear', 'zh-TW': '清除', 'zh-CN': '清除' },
});
