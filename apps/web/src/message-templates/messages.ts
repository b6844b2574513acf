import { defineMessages } from '../app/i18n';

// The message template library page and the send inspector's library bar.
export const messageTemplateMessages = defineMessages({
  nav: { en: 'Messages', 'zh-TW': '訊息範本', 'zh-CN': '消息模板' },
  title: { en: 'Message templates', 'zh-TW': '訊息範本庫', 'zh-CN': '消息模板库' },
  subtitle: {
    en: 'Reusable messages for send steps, previewed for a real customer.',
    'zh-TW': '可重複使用於發送步驟的訊息，並以真實顧客預覽。',
    'zh-CN': '可在发送步骤中复用的消息，并以真实客户预览。',
  },
  newTemplate: { en: 'New template', 'zh-TW': '新增範本', 'zh-CN': '新建模板' },
  empty: {
    en: 'No templates yet. Write one, or save a send step’s message to the library.',
    'zh-TW': '尚無範本。撰寫一個，或從發送步驟存入範本庫。',
    'zh-CN': '暂无模板。新建一个，或从发送步骤存入模板库。',
  },
  pickOne: {
    en: 'Choose a template on the left, or write a new one.',
    'zh-TW': '從左側選擇範本，或撰寫新的範本。',
    'zh-CN': '从左侧选择模板，或新建模板。',
  },
  loading: { en: 'Loading…', 'zh-TW': '載入中…', 'zh-CN': '加载中…' },
  loadFailed: { en: 'The templates could not be loaded.', 'zh-TW': '無法載入範本。', 'zh-CN': '无法加载模板。' },
  name: { en: 'Template name', 'zh-TW': '範本名稱', 'zh-CN': '模板名称' },
  save: { en: 'Save template', 'zh-TW': '儲存範本', 'zh-CN': '保存模板' },
  saved: { en: 'Saved', 'zh-TW': '已儲存', 'zh-CN': '已保存' },
  remove: { en: 'Delete', 'zh-TW': '刪除', 'zh-CN': '删除' },
  saveFailed: { en: 'Not saved: {message}', 'zh-TW': '未儲存：{message}', 'zh-CN': '未保存：{message}' },
  searchCustomers: { en: 'Search customers', 'zh-TW': '搜尋顧客', 'zh-CN': '搜索客户' },
  customer: { en: 'Preview as customer', 'zh-TW': '以顧客身分預覽', 'zh-CN': '以客户身份预览' },
  chooseCustomer: { en: 'Choose a customer…', 'zh-TW': '選擇顧客…', 'zh-CN': '选择客户…' },
  noCustomers: { en: 'No customer matches', 'zh-TW': '沒有符合的顧客', 'zh-CN': '没有匹配的客户' },
  previewTitle: { en: 'What {name} gets', 'zh-TW': '{name} 會收到的訊息', 'zh-CN': '{name} 会收到的消息' },
  previewLocale: { en: 'Wording: {locale}', 'zh-TW': '語系版本：{locale}', 'zh-CN': '语言版本：{locale}' },
  previewPending: { en: 'Rendering…', 'zh-TW': '產生中…', 'zh-CN': '生成中…' },
  previewFailed: {
    en: 'The preview failed: {message}',
    'zh-TW': '預覽失敗：{message}',
    'zh-CN': '预览失败：{message}',
  },
  problems: { en: 'Fix these first:', 'zh-TW': '請先修正：', 'zh-CN': '请先修正：' },
  subject: { en: 'Subject', 'zh-TW': '主旨', 'zh-CN': '主题' },
  insert: { en: 'Insert from library', 'zh-TW': '從範本庫插入', 'zh-CN': '从模板库插入' },
  chooseTemplate: { en: 'Choose a template…', 'zh-TW': '選擇範本…', 'zh-CN': '选择模板…' },
  insertButton: { en: 'Insert', 'zh-TW': '插入', 'zh-CN': '插入' },
  saveToLibrary: { en: 'Save to library', 'zh-TW': '存入範本庫', 'zh-CN': '存入模板库' },
  library: { en: 'Message library', 'zh-TW': '訊息範本庫', 'zh-CN': '消息模板库' },
});
