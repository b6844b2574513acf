import { defineMessages } from '../../app/i18n';

/** Strings of "run the date trigger now for one customer". */
export const dateTriggerMessages = defineMessages({
  button: { en: 'Run date trigger now', 'zh-TW': '立即執行日期觸發', 'zh-CN': '立即执行日期触发' },
  title: {
    en: 'Run the date trigger now for one customer',
    'zh-TW': '立即為一位顧客執行日期觸發',
    'zh-CN': '立即为一位客户执行日期触发',
  },
  help: {
    en: 'The customer enters the live journey now, as if their date had come. This is real: messages are sent and rewards granted. The journey’s re-entry rule still applies.',
    'zh-TW':
      '顧客會立即進入上線中的旅程，如同其日期已到。這是真實執行：會發送訊息並發放獎勵，旅程的重複進入規則仍然適用。',
    'zh-CN':
      '客户会立即进入上线中的旅程，如同其日期已到。这是真实执行：会发送消息并发放奖励，旅程的重复进入规则仍然适用。',
  },
  search: {
    en: 'Search by name, email or external id',
    'zh-TW': '依名稱、電子郵件或外部 ID 搜尋',
    'zh-CN': '按名称、电子邮件或外部 ID 搜索',
  },
  noCustomers: { en: 'No customer found.', 'zh-TW': '找不到顧客。', 'zh-CN': '找不到客户。' },
  chosen: { en: 'Chosen: {name}', 'zh-TW': '已選擇：{name}', 'zh-CN': '已选择：{name}' },
  confirm: { en: 'Run for {name}', 'zh-TW': '為 {name} 執行', 'zh-CN': '为 {name} 执行' },
  pickFirst: { en: 'Pick a customer', 'zh-TW': '請先選擇顧客', 'zh-CN': '请先选择客户' },
  working: { en: 'Running…', 'zh-TW': '執行中…', 'zh-CN': '执行中…' },
  cancel: { en: 'Close', 'zh-TW': '關閉', 'zh-CN': '关闭' },
  started: {
    en: '{name} entered the journey now.',
    'zh-TW': '{name} 已立即進入旅程。',
    'zh-CN': '{name} 已立即进入旅程。',
  },
  running: {
    en: '{name} is already in this journey, so they were not entered again.',
    'zh-TW': '{name} 已在此旅程中，因此沒有再次進入。',
    'zh-CN': '{name} 已在此旅程中，因此没有再次进入。',
  },
  finished: {
    en: '{name} has already been through this journey, which lets each customer in only once.',
    'zh-TW': '{name} 已走完此旅程，而此旅程每位顧客只能進入一次。',
    'zh-CN': '{name} 已走完此旅程，而此旅程每位客户只能进入一次。',
  },
  cooldown: {
    en: '{name} entered recently; the journey’s wait before re-entry has not passed yet.',
    'zh-TW': '{name} 最近才進入過；旅程的重新進入間隔尚未結束。',
    'zh-CN': '{name} 最近才进入过；旅程的重新进入间隔尚未结束。',
  },
  failed: { en: 'Not run: {message}', 'zh-TW': '未執行：{message}', 'zh-CN': '未执行：{message}' },
});
