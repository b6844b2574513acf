import { defineMessages } from './i18n';

export const appMessages = defineMessages({
  journeys: { en: 'Journeys', 'zh-TW': '旅程', 'zh-CN': '旅程' },
  templates: { en: 'Templates', 'zh-TW': '範本', 'zh-CN': '模板' },
  customers: { en: 'Customers', 'zh-TW': '顧客', 'zh-CN': '客户' },
  segments: { en: 'Segments', 'zh-TW': '分群', 'zh-CN': '分群' },
  settings: { en: 'Settings', 'zh-TW': '設定', 'zh-CN': '设置' },
  rewards: { en: 'Rewards', 'zh-TW': '獎勵', 'zh-CN': '奖励' },
  language: { en: 'Language', 'zh-TW': '語言', 'zh-CN': '语言' },
  signOut: { en: 'Forget API key', 'zh-TW': '清除 API 金鑰', 'zh-CN': '清除 API 密钥' },
  apiKeyTitle: { en: 'Connect to your workspace', 'zh-TW': '連接您的工作區', 'zh-CN': '连接您的工作区' },
  apiKeyHelp: {
    en: 'Paste a full-scope API key of your workspace. `npm start` prints one for the demo workspace.',
    'zh-TW': '貼上工作區的完整權限 API 金鑰。`npm start` 會印出示範工作區的金鑰。',
    'zh-CN': '粘贴工作区的完整权限 API 密钥。`npm start` 会打印演示工作区的密钥。',
  },
  apiKeyLabel: { en: 'API key', 'zh-TW': 'API 金鑰', 'zh-CN': 'API 密钥' },
  connect: { en: 'Connect', 'zh-TW': '連接', 'zh-CN': '连接' },
});
