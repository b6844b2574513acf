import type { LocalizedText } from '../../../app/i18n';

/** Help of the LINE node types' fields (keyword trigger, a send's quick replies and reply, Messenger tags, WeChat templates), by English text. */
export const lineHelpGlossary: Readonly<Record<string, LocalizedText>> = {
  'Keywords, e.g. 優惠 — a * stands for any text, as in 訂單*查詢': {
    en: 'Keywords, e.g. 優惠 — a * stands for any text, as in 訂單*查詢',
    'zh-TW': '關鍵字，例如 優惠；* 代表任意文字，例如 訂單*查詢',
    'zh-CN': '关键词，例如 优惠；* 代表任意文字，例如 订单*查询',
  },
  'exact: the whole message is the keyword; contains: the keyword is anywhere in it': {
    en: 'exact: the whole message is the keyword; contains: the keyword is anywhere in it',
    'zh-TW': '完全相同：整則訊息就是關鍵字；包含：訊息中任一處出現關鍵字',
    'zh-CN': '完全相同：整条消息就是关键词；包含：消息中任一处出现关键词',
  },
  'Button label, e.g. 領取優惠': {
    en: 'Button label, e.g. 領取優惠',
    'zh-TW': '按鈕文字，例如 領取優惠',
    'zh-CN': '按钮文字，例如 领取优惠',
  },
  'Data the tap sends back, e.g. action=coupon&id=7': {
    en: 'Data the tap sends back, e.g. action=coupon&id=7',
    'zh-TW': '點選後回傳的資料，例如 action=coupon&id=7',
    'zh-CN': '点击后回传的数据，例如 action=coupon&id=7',
  },
  'Shown in the chat as the customer’s words': {
    en: 'Shown in the chat as the customer’s words',
    'zh-TW': '以顧客的發言顯示在聊天室',
    'zh-CN': '以顾客的发言显示在聊天室',
  },
  'Text the customer sends': {
    en: 'Text the customer sends',
    'zh-TW': '顧客送出的文字',
    'zh-CN': '顾客发送的文字',
  },
  'Buttons under a LINE or Messenger message; a postback tap becomes a line_postback or messenger_postback event': {
    en: 'Buttons under a LINE or Messenger message; a postback tap becomes a line_postback or messenger_postback event',
    'zh-TW': 'LINE 或 Messenger 訊息下方的按鈕；點選 Postback 按鈕會產生 line_postback 或 messenger_postback 事件',
    'zh-CN': 'LINE 或 Messenger 消息下方的按钮；点击 Postback 按钮会产生 line_postback 或 messenger_postback 事件',
  },
  'A Messenger message tag: allowed outside the 24-hour window for this purpose only': {
    en: 'A Messenger message tag: allowed outside the 24-hour window for this purpose only',
    'zh-TW': 'Messenger 訊息標籤：僅限此用途時可在 24 小時外發送',
    'zh-CN': 'Messenger 消息标签：仅限此用途时可在 24 小时外发送',
  },
  'A WeChat template id: sends a template message, one `field: value` a line in the body': {
    en: 'A WeChat template id: sends a template message, one `field: value` a line in the body',
    'zh-TW': '微信模板 ID：以模板訊息發送，內文每行一個「欄位: 值」',
    'zh-CN': '微信模板 ID：以模板消息发送，正文每行一个「字段: 值」',
  },
  'The rich menu the customer sees from now on, or default': {
    en: 'The rich menu the customer sees from now on, or default',
    'zh-TW': '顧客從現在起看到的圖文選單，或預設選單',
    'zh-CN': '顾客从现在起看到的图文菜单，或默认菜单',
  },
  'Choose a rich menu, or the default one': {
    en: 'Choose a rich menu, or the default one',
    'zh-TW': '請選擇圖文選單或預設選單',
    'zh-CN': '请选择图文菜单或默认菜单',
  },
  'Answer the customer’s latest LINE message or button tap with its free reply token while it is valid; push after': {
    en: 'Answer the customer’s latest LINE message or button tap with its free reply token while it is valid; push after',
    'zh-TW': '在回覆權杖有效時（約一分鐘）免費回覆顧客最近的 LINE 訊息或按鈕點選；逾時改用推播',
    'zh-CN': '在回复令牌有效时（约一分钟）免费回复顾客最近的 LINE 消息或按钮点击；超时改用推送',
  },
};
