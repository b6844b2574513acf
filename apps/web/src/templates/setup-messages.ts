import { defineMessages } from '../app/i18n';

/** Strings of the "Use template" set-up dialog. */
export const setupMessages = defineMessages({
  title: { en: 'Set up “{name}”', 'zh-TW': '設定「{name}」', 'zh-CN': '设置“{name}”' },
  intro: {
    en: 'This journey needs a few things from your workspace before it can go live.',
    'zh-TW': '這段旅程上線前，需要工作區先備妥以下項目。',
    'zh-CN': '这段旅程上线前，需要工作区先备好以下项目。',
  },
  loading: { en: 'Checking your workspace…', 'zh-TW': '正在檢查工作區…', 'zh-CN': '正在检查工作区…' },
  loadFailed: { en: 'Couldn’t check your workspace.', 'zh-TW': '無法檢查工作區。', 'zh-CN': '无法检查工作区。' },
  channel: { en: 'Send messages on', 'zh-TW': '訊息發送管道', 'zh-CN': '消息发送渠道' },
  notConnected: {
    en: '{channel} is not connected yet. Connect it under Settings → Channels to reach customers, or try the journey on the test mailbox first.',
    'zh-TW': '尚未連接{channel}。請到「設定 → 管道」連接才能送達顧客，或先用測試信箱試跑這段旅程。',
    'zh-CN': '尚未连接{channel}。请到“设置 → 渠道”连接才能送达顾客，或先用测试信箱试跑这段旅程。',
  },
  testChannelNote: {
    en: 'Nothing reaches customers on the test mailbox.',
    'zh-TW': '使用測試信箱時，顧客不會收到任何訊息。',
    'zh-CN': '使用测试信箱时，顾客不会收到任何消息。',
  },
  legend: { en: '{kind} · {name}', 'zh-TW': '{kind}・{name}', 'zh-CN': '{kind}・{name}' },
  keep: { en: 'Use your {kind} “{name}”', 'zh-TW': '使用您的{kind}「{name}」', 'zh-CN': '使用您的{kind}“{name}”' },
  create: { en: 'Create {kind} “{name}”', 'zh-TW': '建立{kind}「{name}」', 'zh-CN': '创建{kind}“{name}”' },
  pick: { en: 'Use another {kind}', 'zh-TW': '改用其他{kind}', 'zh-CN': '改用其他{kind}' },
  pickNone: { en: 'You have none yet', 'zh-TW': '目前還沒有', 'zh-CN': '目前还没有' },
  choose: { en: 'Choose…', 'zh-TW': '請選擇…', 'zh-CN': '请选择…' },
  cancel: { en: 'Cancel', 'zh-TW': '取消', 'zh-CN': '取消' },
  confirm: { en: 'Create journey', 'zh-TW': '建立旅程', 'zh-CN': '创建旅程' },
  creating: { en: 'Creating…', 'zh-TW': '建立中…', 'zh-CN': '创建中…' },
});
