import { defineMessages } from './i18n';

export const appMessages = defineMessages({
  journeys: { en: 'Journeys', 'zh-TW': '旅程', 'zh-CN': '旅程' },
  templates: { en: 'Templates', 'zh-TW': '範本', 'zh-CN': '模板' },
  customers: { en: 'Customers', 'zh-TW': '顧客', 'zh-CN': '客户' },
  segments: { en: 'Segments', 'zh-TW': '分群', 'zh-CN': '分群' },
  settings: { en: 'Settings', 'zh-TW': '設定', 'zh-CN': '设置' },
  channels: { en: 'Channels', 'zh-TW': '通路', 'zh-CN': '渠道' },
  rewards: { en: 'Rewards', 'zh-TW': '獎勵', 'zh-CN': '奖励' },
  engage: { en: 'Engage', 'zh-TW': '互動', 'zh-CN': '互动' },
  audience: { en: 'Audience', 'zh-TW': '受眾', 'zh-CN': '受众' },
  language: { en: 'Language', 'zh-TW': '語言', 'zh-CN': '语言' },
  mainNavigation: { en: 'Main navigation', 'zh-TW': '主選單', 'zh-CN': '主菜单' },
  collapseSidebar: { en: 'Collapse the sidebar', 'zh-TW': '收合側邊欄', 'zh-CN': '收起侧边栏' },
  expandSidebar: { en: 'Expand the sidebar', 'zh-TW': '展開側邊欄', 'zh-CN': '展开侧边栏' },
  account: { en: 'Your account', 'zh-TW': '您的帳號', 'zh-CN': '您的账号' },
  developerAccess: {
    en: 'Developer access (API key)',
    'zh-TW': '開發者存取（API 金鑰）',
    'zh-CN': '开发者访问（API 密钥）',
  },
  developerDetails: { en: 'Developer details', 'zh-TW': '開發者資訊', 'zh-CN': '开发者信息' },
  close: { en: 'Close', 'zh-TW': '關閉', 'zh-CN': '关闭' },
  signOut: { en: 'Forget API key', 'zh-TW': '清除 API 金鑰', 'zh-CN': '清除 API 密钥' },
  apiKeyTitle: { en: 'Connect with an API key', 'zh-TW': '以 API 金鑰連接', 'zh-CN': '以 API 密钥连接' },
  apiKeyHelp: {
    en: 'For developers: paste a full-scope API key of your workspace. `npm start` prints one for the demo workspace.',
    'zh-TW': '開發者專用：貼上工作區的完整權限 API 金鑰。`npm start` 會印出示範工作區的金鑰。',
    'zh-CN': '开发者专用：粘贴工作区的完整权限 API 密钥。`npm start` 会打印演示工作区的密钥。',
  },
  apiKeyLabel: { en: 'API key', 'zh-TW': 'API 金鑰', 'zh-CN': 'API 密钥' },
  connect: { en: 'Connect', 'zh-TW': '連接', 'zh-CN': '连接' },
});
