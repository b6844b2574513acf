import { defineMessages } from '../../app/i18n';

// Settings → Channels → Connect LINE: the four steps of the setup wizard.
export const lineSetupStrings = defineMessages({
  open: { en: 'Connect LINE step by step', 'zh-TW': '逐步連接 LINE', 'zh-CN': '逐步连接 LINE' },
  title: { en: 'Connect LINE', 'zh-TW': '連接 LINE', 'zh-CN': '连接 LINE' },
  subtitle: {
    en: 'Connect your LINE Official Account: credentials, webhook, a test message, and your follower count.',
    'zh-TW': '連接您的 LINE 官方帳號：憑證、Webhook、測試訊息與好友人數。',
    'zh-CN': '连接您的 LINE 官方账号：凭证、Webhook、测试消息与好友人数。',
  },
  back: { en: 'Channels', 'zh-TW': '管道', 'zh-CN': '渠道' },
  steps: { en: 'Steps', 'zh-TW': '步驟', 'zh-CN': '步骤' },
  stepCredentials: { en: 'Credentials', 'zh-TW': '憑證', 'zh-CN': '凭证' },
  stepWebhook: { en: 'Webhook', 'zh-TW': 'Webhook', 'zh-CN': 'Webhook' },
  stepTest: { en: 'Test message', 'zh-TW': '測試訊息', 'zh-CN': '测试消息' },
  stepFollowers: { en: 'Followers', 'zh-TW': '好友人數', 'zh-CN': '好友人数' },
  next: { en: 'Next', 'zh-TW': '下一步', 'zh-CN': '下一步' },
  previous: { en: 'Back', 'zh-TW': '上一步', 'zh-CN': '上一步' },
  done: { en: 'Done', 'zh-TW': '完成', 'zh-CN': '完成' },
  loading: { en: 'Asking LINE…', 'zh-TW': '正在詢問 LINE…', 'zh-CN': '正在询问 LINE…' },

  credentialsHelp: {
    en: 'Copy these from the LINE Developers console: your channel → Basic settings (channel ID, channel secret) and Messaging API (channel access token).',
    'zh-TW':
      '請從 LINE Developers 主控台複製：您的頻道 → Basic settings（頻道 ID、頻道密鑰）與 Messaging API（頻道存取權杖）。',
    'zh-CN':
      '请从 LINE Developers 控制台复制：您的频道 → Basic settings（频道 ID、频道密钥）与 Messaging API（频道访问令牌）。',
  },
  required: { en: 'Enter the {field}.', 'zh-TW': '請輸入{field}。', 'zh-CN': '请输入{field}。' },
  channelIdDigits: {
    en: 'A channel ID is digits only, e.g. 1657000000.',
    'zh-TW': '頻道 ID 只包含數字，例如 1657000000。',
    'zh-CN': '频道 ID 只包含数字，例如 1657000000。',
  },
  saveAndContinue: { en: 'Save and continue', 'zh-TW': '儲存並繼續', 'zh-CN': '保存并继续' },
  saving: { en: 'Saving…', 'zh-TW': '儲存中…', 'zh-CN': '保存中…' },
  saveFailed: { en: 'Could not save: {reason}', 'zh-TW': '無法儲存：{reason}', 'zh-CN': '无法保存：{reason}' },

  bot: { en: 'Your LINE bot', 'zh-TW': '您的 LINE 機器人', 'zh-CN': '您的 LINE 机器人' },
  botPicture: { en: 'Picture of {name}', 'zh-TW': '{name} 的大頭貼', 'zh-CN': '{name} 的头像' },
  botRefused: {
    en: 'LINE did not accept the access token: {reason}. Check it in step 1.',
    'zh-TW': 'LINE 不接受此存取權杖：{reason}。請在步驟 1 檢查。',
    'zh-CN': 'LINE 不接受此访问令牌：{reason}。请在步骤 1 检查。',
  },
  webhookUrl: { en: 'Webhook URL', 'zh-TW': 'Webhook 網址', 'zh-CN': 'Webhook 网址' },
  webhookHelp: {
    en: 'Paste it in the LINE console (Messaging API → Webhook URL) and turn on “Use webhook”, or let Wayfarer set it for you.',
    'zh-TW': '貼到 LINE 主控台（Messaging API → Webhook URL）並開啟「Use webhook」，或由 Wayfarer 替您設定。',
    'zh-CN': '粘贴到 LINE 控制台（Messaging API → Webhook URL）并开启“Use webhook”，或由 Wayfarer 替您设置。',
  },
  noPublicUrl: {
    en: 'The server does not know its public address; ask your administrator to set WAYFARER_PUBLIC_URL.',
    'zh-TW': '伺服器不知道自己的公開網址；請管理員設定 WAYFARER_PUBLIC_URL。',
    'zh-CN': '服务器不知道自己的公开网址；请管理员设置 WAYFARER_PUBLIC_URL。',
  },
  copy: { en: 'Copy', 'zh-TW': '複製', 'zh-CN': '复制' },
  copied: { en: 'Copied', 'zh-TW': '已複製', 'zh-CN': '已复制' },
  setWebhook: { en: 'Set at LINE and verify', 'zh-TW': '在 LINE 設定並驗證', 'zh-CN': '在 LINE 设置并验证' },
  verifyAgain: { en: 'Verify again', 'zh-TW': '再次驗證', 'zh-CN': '再次验证' },
  verifying: {
    en: 'LINE is calling your webhook…',
    'zh-TW': 'LINE 正在呼叫您的 Webhook…',
    'zh-CN': 'LINE 正在调用您的 Webhook…',
  },
  setRefused: {
    en: 'LINE did not set the webhook URL: {reason}',
    'zh-TW': 'LINE 未設定 Webhook 網址：{reason}',
    'zh-CN': 'LINE 未设置 Webhook 网址：{reason}',
  },
  webhookOk: {
    en: 'Verified: LINE reached your webhook and it answered.',
    'zh-TW': '驗證成功：LINE 已連到您的 Webhook 並獲得回應。',
    'zh-CN': '验证成功：LINE 已连到您的 Webhook 并获得响应。',
  },
  webhookFailed: {
    en: 'LINE’s test failed: {reason}',
    'zh-TW': 'LINE 的測試失敗：{reason}',
    'zh-CN': 'LINE 的测试失败：{reason}',
  },
  reasonStatus: {
    en: 'your server answered {status} instead of 200 ({detail}). Check the channel secret in step 1.',
    'zh-TW': '您的伺服器回應 {status} 而非 200（{detail}）。請在步驟 1 檢查頻道密鑰。',
    'zh-CN': '您的服务器响应 {status} 而非 200（{detail}）。请在步骤 1 检查频道密钥。',
  },
  reasonConnect: {
    en: 'LINE could not connect to the URL ({detail}). It must be reachable from the internet over HTTPS.',
    'zh-TW': 'LINE 無法連線到此網址（{detail}）。網址必須能從網際網路以 HTTPS 連線。',
    'zh-CN': 'LINE 无法连接到此网址（{detail}）。网址必须能从互联网以 HTTPS 访问。',
  },
  reasonTimeout: {
    en: 'your server did not answer in time ({detail}).',
    'zh-TW': '您的伺服器未及時回應（{detail}）。',
    'zh-CN': '您的服务器未及时响应（{detail}）。',
  },
  reasonOther: { en: '{reason} ({detail})', 'zh-TW': '{reason}（{detail}）', 'zh-CN': '{reason}（{detail}）' },
  lineUnreachable: {
    en: 'LINE could not be reached ({reason}).',
    'zh-TW': '無法連線到 LINE（{reason}）。',
    'zh-CN': '无法连接到 LINE（{reason}）。',
  },

  testHelp: {
    en: 'Send a real message to check that pushes work. Add the bot as a friend first, or LINE will not deliver it.',
    'zh-TW': '傳送一則真實訊息，確認推播可用。請先將機器人加為好友，否則 LINE 不會送達。',
    'zh-CN': '发送一条真实消息，确认推送可用。请先将机器人加为好友，否则 LINE 不会送达。',
  },
  toMe: {
    en: 'Me (the LINE account linked to my email)',
    'zh-TW': '我自己（與我的電子郵件連結的 LINE 帳號）',
    'zh-CN': '我自己（与我的电子邮件关联的 LINE 账号）',
  },
  toUserId: { en: 'A LINE user ID', 'zh-TW': '指定 LINE 使用者 ID', 'zh-CN': '指定 LINE 用户 ID' },
  userId: { en: 'LINE user ID', 'zh-TW': 'LINE 使用者 ID', 'zh-CN': 'LINE 用户 ID' },
  userIdHelp: {
    en: 'U followed by 32 characters; the LINE console shows yours under Basic settings → Your user ID.',
    'zh-TW': 'U 開頭再加 32 個字元；LINE 主控台的 Basic settings → Your user ID 顯示您的 ID。',
    'zh-CN': 'U 开头再加 32 个字符；LINE 控制台的 Basic settings → Your user ID 显示您的 ID。',
  },
  userIdInvalid: {
    en: 'A LINE user ID is U followed by 32 characters 0–9 and a–f.',
    'zh-TW': 'LINE 使用者 ID 為 U 加上 32 個 0–9、a–f 的字元。',
    'zh-CN': 'LINE 用户 ID 为 U 加上 32 个 0–9、a–f 的字符。',
  },
  message: { en: 'Message', 'zh-TW': '訊息', 'zh-CN': '消息' },
  defaultMessage: {
    en: 'Hello from Wayfarer! Your LINE channel is connected.',
    'zh-TW': 'Wayfarer 向您問好！您的 LINE 頻道已連接。',
    'zh-CN': 'Wayfarer 向您问好！您的 LINE 频道已连接。',
  },
  send: { en: 'Send test message', 'zh-TW': '傳送測試訊息', 'zh-CN': '发送测试消息' },
  sending: { en: 'Sending…', 'zh-TW': '傳送中…', 'zh-CN': '发送中…' },
  sendFailed: { en: 'Not sent: {reason}', 'zh-TW': '未傳送：{reason}', 'zh-CN': '未发送：{reason}' },

  followersHelp: {
    en: 'LINE counts your friends once a day; yesterday’s count is shown.',
    'zh-TW': 'LINE 每天統計一次好友人數；此處顯示昨天的人數。',
    'zh-CN': 'LINE 每天统计一次好友人数；此处显示昨天的人数。',
  },
  followers: { en: 'Friends', 'zh-TW': '好友', 'zh-CN': '好友' },
  reachable: { en: 'Reachable', 'zh-TW': '可觸及', 'zh-CN': '可触达' },
  blocked: { en: 'Blocked the bot', 'zh-TW': '已封鎖', 'zh-CN': '已屏蔽' },
  countedOn: { en: 'Counted for {date}', 'zh-TW': '{date} 的統計', 'zh-CN': '{date} 的统计' },
  unready: {
    en: 'LINE has not finished counting {date} yet. Check again later today.',
    'zh-TW': 'LINE 尚未完成 {date} 的統計，請今天稍後再查看。',
    'zh-CN': 'LINE 尚未完成 {date} 的统计，请今天稍后再查看。',
  },
  outOfService: {
    en: 'LINE has no count for {date}.',
    'zh-TW': 'LINE 沒有 {date} 的統計。',
    'zh-CN': 'LINE 没有 {date} 的统计。',
  },
  followersRefused: {
    en: 'LINE did not give the count: {reason}',
    'zh-TW': 'LINE 未提供人數：{reason}',
    'zh-CN': 'LINE 未提供人数：{reason}',
  },
  refresh: { en: 'Check again', 'zh-TW': '重新查看', 'zh-CN': '重新查看' },
});
