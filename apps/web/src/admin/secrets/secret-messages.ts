import { defineMessages } from '../../app/i18n';

/** The workspace secrets page (`/settings/secrets`). */
export const secretMessages = defineMessages({
  title: { en: 'Secrets', 'zh-TW': '機密', 'zh-CN': '机密' },
  subtitle: {
    en: 'Credentials your custom node types read by name, such as a CRM’s API token. A value is sealed when saved and never shown again. Only admins see this page.',
    'zh-TW': '自訂節點依名稱讀取的憑證，例如 CRM 的 API 權杖。值在儲存時即加密，之後不再顯示。僅管理員可見。',
    'zh-CN': '自定义节点按名称读取的凭证，例如 CRM 的 API 令牌。值在保存时即加密，之后不再显示。仅管理员可见。',
  },
  formTitle: { en: 'Add or replace a secret', 'zh-TW': '新增或取代機密', 'zh-CN': '新增或替换机密' },
  name: { en: 'Name', 'zh-TW': '名稱', 'zh-CN': '名称' },
  nameHelp: {
    en: 'The name your node reads, e.g. acme.crm.token. Saving a name that exists replaces its value.',
    'zh-TW': '節點讀取的名稱，例如 acme.crm.token。儲存已存在的名稱會取代其值。',
    'zh-CN': '节点读取的名称，例如 acme.crm.token。保存已存在的名称会替换其值。',
  },
  nameRule: {
    en: 'Use lower-case letters, digits, “.”, “_” and “-”, starting with a letter or digit (at most 100).',
    'zh-TW': '請使用小寫英文字母、數字、「.」「_」「-」，並以字母或數字開頭（最多 100 字元）。',
    'zh-CN': '请使用小写英文字母、数字、“.”“_”“-”，并以字母或数字开头（最多 100 个字符）。',
  },
  nameInvisible: {
    en: 'The name holds an invisible character (often from copy and paste); type it again.',
    'zh-TW': '名稱含有看不見的字元（常見於複製貼上），請重新輸入。',
    'zh-CN': '名称含有看不见的字符（常见于复制粘贴），请重新输入。',
  },
  value: { en: 'Value', 'zh-TW': '值', 'zh-CN': '值' },
  valueHelp: {
    en: 'Write-only: once saved, nobody can read it here.',
    'zh-TW': '僅能寫入：儲存後任何人都無法在此讀取。',
    'zh-CN': '仅可写入：保存后任何人都无法在此读取。',
  },
  valueRequired: { en: 'Enter the value.', 'zh-TW': '請輸入值。', 'zh-CN': '请输入值。' },
  save: { en: 'Save secret', 'zh-TW': '儲存機密', 'zh-CN': '保存机密' },
  created: { en: 'Saved “{name}”.', 'zh-TW': '已儲存「{name}」。', 'zh-CN': '已保存“{name}”。' },
  replaced: {
    en: 'Replaced the value of “{name}”.',
    'zh-TW': '已取代「{name}」的值。',
    'zh-CN': '已替换“{name}”的值。',
  },
  deleted: { en: 'Deleted “{name}”.', 'zh-TW': '已刪除「{name}」。', 'zh-CN': '已删除“{name}”。' },
  setBy: { en: 'Set by', 'zh-TW': '設定者', 'zh-CN': '设置者' },
  lastSet: { en: 'Last set', 'zh-TW': '最後設定', 'zh-CN': '最后设置' },
  notRecorded: { en: 'Not recorded', 'zh-TW': '未記錄', 'zh-CN': '未记录' },
  removedMember: { en: 'A removed member', 'zh-TW': '已移除的成員', 'zh-CN': '已移除的成员' },
  apiKey: { en: 'API key “{name}”', 'zh-TW': 'API 金鑰「{name}」', 'zh-CN': 'API 密钥“{name}”' },
  actions: { en: 'Actions', 'zh-TW': '操作', 'zh-CN': '操作' },
  replace: { en: 'Replace value', 'zh-TW': '取代值', 'zh-CN': '替换值' },
  delete: { en: 'Delete', 'zh-TW': '刪除', 'zh-CN': '删除' },
  cancel: { en: 'Cancel', 'zh-TW': '取消', 'zh-CN': '取消' },
  confirmDelete: {
    en: 'Delete “{name}”? Steps that read it fail with “secret missing” until it is set again.',
    'zh-TW': '刪除「{name}」？讀取它的步驟將因「缺少機密」而失敗，直到重新設定。',
    'zh-CN': '删除“{name}”？读取它的步骤将因“缺少机密”而失败，直到重新设置。',
  },
  empty: {
    en: 'No secrets yet. Add the first one above.',
    'zh-TW': '尚無機密，請在上方新增。',
    'zh-CN': '尚无机密，请在上方新增。',
  },
  failed: { en: 'That did not work: {message}', 'zh-TW': '未成功：{message}', 'zh-CN': '未成功：{message}' },
});
