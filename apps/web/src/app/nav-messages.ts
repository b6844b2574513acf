import { defineMessages } from './i18n';

/** Names of the pages owned by other folders, as the sidebar shows them. */
export const navMessages = defineMessages({
  messages: { en: 'Messages', 'zh-TW': '訊息範本', 'zh-CN': '消息模板' },
  lineForms: { en: 'LINE forms', 'zh-TW': 'LINE 表單', 'zh-CN': 'LINE 表单' },
  members: { en: 'Members', 'zh-TW': '成員', 'zh-CN': '成员' },
  apiKeys: { en: 'API keys', 'zh-TW': 'API 金鑰', 'zh-CN': 'API 密钥' },
  secrets: { en: 'Secrets', 'zh-TW': '機密', 'zh-CN': '机密' },
  audit: { en: 'Audit log', 'zh-TW': '稽核紀錄', 'zh-CN': '审计日志' },
  controlGroup: { en: 'Control group', 'zh-TW': '全域對照組', 'zh-CN': '全局对照组' },
  retention: { en: 'Data retention', 'zh-TW': '資料保留', 'zh-CN': '数据保留' },
});
