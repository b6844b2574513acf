import { defineMessages } from '../../app/i18n';

// "Send a test to me": the button beside a message's preview, its dialog and its outcomes.
export const testSendStrings = defineMessages({
  button: { en: 'Send a test', 'zh-TW': '傳送測試', 'zh-CN': '发送测试' },
  title: { en: 'Send a test of this message', 'zh-TW': '傳送此訊息的測試', 'zh-CN': '发送此消息的测试' },
  help: {
    en: 'A real message through your connected channel, marked as a test: it counts in no journey’s statistics and uses up no frequency cap.',
    'zh-TW': '透過已連接的管道傳送真實訊息，並標記為測試：不計入任何旅程的統計，也不佔用發送頻率上限。',
    'zh-CN': '通过已连接的渠道发送真实消息，并标记为测试：不计入任何旅程的统计，也不占用发送频率上限。',
  },
  channel: { en: 'Through', 'zh-TW': '傳送管道', 'zh-CN': '发送渠道' },
  notConnected: {
    en: '{channel} is not connected. An admin connects it in Settings → Channels.',
    'zh-TW': '{channel} 尚未連接。請管理員在「設定 → 管道」中連接。',
    'zh-CN': '{channel} 尚未连接。请管理员在“设置 → 渠道”中连接。',
  },
  sendTo: { en: 'Send to', 'zh-TW': '傳送給', 'zh-CN': '发送给' },
  toMe: { en: 'Me ({email})', 'zh-TW': '我自己（{email}）', 'zh-CN': '我自己（{email}）' },
  toMeUnavailable: {
    en: 'Me (no {channel} address of yours is known)',
    'zh-TW': '我自己（系統沒有您的 {channel} 地址）',
    'zh-CN': '我自己（系统没有您的 {channel} 地址）',
  },
  toProfile: {
    en: 'A customer profile, e.g. your own test profile',
    'zh-TW': '顧客資料，例如您自己的測試資料',
    'zh-CN': '客户资料，例如您自己的测试资料',
  },
  recipient: { en: 'Recipient', 'zh-TW': '收件人', 'zh-CN': '收件人' },
  data: { en: 'Fill the variables with', 'zh-TW': '變數資料來源', 'zh-CN': '变量数据来源' },
  sampleData: {
    en: 'Sample data (Mei, a VIP in Taipei)',
    'zh-TW': '範例資料（Mei，台北的 VIP）',
    'zh-CN': '示例数据（Mei，台北的 VIP）',
  },
  previewedData: {
    en: '{name}’s data (previewed)',
    'zh-TW': '{name} 的資料（預覽中）',
    'zh-CN': '{name} 的数据（预览中）',
  },
  recipientData: { en: 'The recipient’s own data', 'zh-TW': '收件人自己的資料', 'zh-CN': '收件人自己的数据' },
  send: { en: 'Send test', 'zh-TW': '傳送測試', 'zh-CN': '发送测试' },
  sending: { en: 'Sending…', 'zh-TW': '傳送中…', 'zh-CN': '发送中…' },
  close: { en: 'Close', 'zh-TW': '關閉', 'zh-CN': '关闭' },
  sent: {
    en: 'Test sent by {channel} to {who}.',
    'zh-TW': '已透過 {channel} 傳送測試給 {who}。',
    'zh-CN': '已通过 {channel} 发送测试给 {who}。',
  },
  unknown: {
    en: 'The test to {who} may have gone out: the attempt was interrupted and, to avoid a double, not repeated.',
    'zh-TW': '給 {who} 的測試可能已送出：傳送中斷，為避免重複而未再傳送。',
    'zh-CN': '给 {who} 的测试可能已发出：发送中断，为避免重复而未再发送。',
  },
  pending: {
    en: 'The test to {who} is on its way; the sender has not answered yet.',
    'zh-TW': '給 {who} 的測試正在傳送，尚未收到結果。',
    'zh-CN': '给 {who} 的测试正在发送，尚未收到结果。',
  },
  channel_not_connected: {
    en: 'Not sent: {channel} is not connected. An admin connects it in Settings → Channels.',
    'zh-TW': '未傳送：{channel} 尚未連接。請管理員在「設定 → 管道」中連接。',
    'zh-CN': '未发送：{channel} 尚未连接。请管理员在“设置 → 渠道”中连接。',
  },
  channel_credentials_unreadable: {
    en: 'Not sent: the {channel} credentials cannot be opened on this server. An admin saves them again in Settings → Channels.',
    'zh-TW': '未傳送：此伺服器無法開啟 {channel} 的憑證。請管理員在「設定 → 管道」中重新儲存。',
    'zh-CN': '未发送：此服务器无法打开 {channel} 的凭证。请管理员在“设置 → 渠道”中重新保存。',
  },
  no_address: {
    en: 'Not sent: {who} has no {channel} address. Pick a customer profile that has one, such as your own test profile.',
    'zh-TW': '未傳送：{who} 沒有 {channel} 地址。請選擇有地址的顧客資料，例如您自己的測試資料。',
    'zh-CN': '未发送：{who} 没有 {channel} 地址。请选择有地址的客户资料，例如您自己的测试资料。',
  },
  render_error: {
    en: 'Not sent: the {field} could not be written: {detail}',
    'zh-TW': '未傳送：無法產生{field}：{detail}',
    'zh-CN': '未发送：无法生成{field}：{detail}',
  },
  missing_variable: {
    en: 'Not sent: {variable} has no value in the {field}. Give it a fallback, e.g. {example}.',
    'zh-TW': '未傳送：{field}中的 {variable} 沒有值。請設定預設值，例如 {example}。',
    'zh-CN': '未发送：{field}中的 {variable} 没有值。请设置默认值，例如 {example}。',
  },
  provider_refused: {
    en: 'Not sent: {channel} refused it ({code}): {detail}',
    'zh-TW': '未傳送：{channel} 拒絕了此訊息（{code}）：{detail}',
    'zh-CN': '未发送：{channel} 拒绝了此消息（{code}）：{detail}',
  },
  you: { en: 'you', 'zh-TW': '您', 'zh-CN': '您' },
  failed: { en: 'Not sent: {message}', 'zh-TW': '未傳送：{message}', 'zh-CN': '未发送：{message}' },
  fieldBody: { en: 'message text', 'zh-TW': '訊息內容', 'zh-CN': '消息内容' },
  fieldSubject: { en: 'subject', 'zh-TW': '主旨', 'zh-CN': '主题' },
  fieldHtml: { en: 'HTML part', 'zh-TW': 'HTML 內容', 'zh-CN': 'HTML 内容' },
  fieldFlex: { en: 'Flex message', 'zh-TW': 'Flex 訊息', 'zh-CN': 'Flex 消息' },
  fieldOther: { en: 'message', 'zh-TW': '訊息', 'zh-CN': '消息' },
});
