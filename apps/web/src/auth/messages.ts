import { defineMessages } from '../app/i18n';

export const authMessages = defineMessages({
  signInTitle: { en: 'Sign in to Wayfarer', 'zh-TW': '登入 Wayfarer', 'zh-CN': '登录 Wayfarer' },
  signUpTitle: { en: 'Create the first account', 'zh-TW': '建立第一個帳號', 'zh-CN': '创建第一个账号' },
  signUpHelp: {
    en: 'No one has an account yet: you become the owner of a new workspace.',
    'zh-TW': '目前還沒有任何帳號：您將成為新工作區的擁有者。',
    'zh-CN': '目前还没有任何账号：您将成为新工作区的所有者。',
  },
  email: { en: 'Email', 'zh-TW': '電子郵件', 'zh-CN': '电子邮件' },
  password: { en: 'Password', 'zh-TW': '密碼', 'zh-CN': '密码' },
  passwordHelp: { en: '10 characters or more.', 'zh-TW': '至少 10 個字元。', 'zh-CN': '至少 10 个字符。' },
  name: { en: 'Your name', 'zh-TW': '您的名字', 'zh-CN': '您的名字' },
  workspaceName: { en: 'Workspace name', 'zh-TW': '工作區名稱', 'zh-CN': '工作区名称' },
  workspacePlaceholder: { en: 'My workspace', 'zh-TW': '我的工作區', 'zh-CN': '我的工作区' },
  signIn: { en: 'Sign in', 'zh-TW': '登入', 'zh-CN': '登录' },
  signUp: { en: 'Create account', 'zh-TW': '建立帳號', 'zh-CN': '创建账号' },
  signOut: { en: 'Sign out', 'zh-TW': '登出', 'zh-CN': '退出登录' },
  signOutEverywhere: { en: 'Sign out everywhere', 'zh-TW': '登出所有裝置', 'zh-CN': '退出所有设备' },
  acceptTitle: { en: 'Join {workspace}', 'zh-TW': '加入 {workspace}', 'zh-CN': '加入 {workspace}' },
  acceptHelp: {
    en: '{email} is invited as {role}.',
    'zh-TW': '{email} 受邀成為 {role}。',
    'zh-CN': '{email} 受邀成为 {role}。',
  },
  acceptExisting: {
    en: 'You already have an account: enter its password to join.',
    'zh-TW': '您已有帳號：輸入密碼即可加入。',
    'zh-CN': '您已有账号：输入密码即可加入。',
  },
  acceptNew: {
    en: 'Choose your name and a password (10 characters or more).',
    'zh-TW': '請設定名字與密碼（至少 10 個字元）。',
    'zh-CN': '请设置名字与密码（至少 10 个字符）。',
  },
  join: { en: 'Join workspace', 'zh-TW': '加入工作區', 'zh-CN': '加入工作区' },
  invitationInvalid: {
    en: 'This invitation link is invalid, used or expired.',
    'zh-TW': '此邀請連結無效、已使用或已過期。',
    'zh-CN': '此邀请链接无效、已使用或已过期。',
  },
  failed: { en: 'That did not work: {message}', 'zh-TW': '未成功：{message}', 'zh-CN': '未成功：{message}' },
  requestApproval: { en: 'Request approval', 'zh-TW': '申請核准', 'zh-CN': '申请批准' },
  approve: { en: 'Approve', 'zh-TW': '核准', 'zh-CN': '批准' },
  approvalPending: { en: 'Waiting for approval', 'zh-TW': '等待核准', 'zh-CN': '等待批准' },
  approved: { en: 'Approved', 'zh-TW': '已核准', 'zh-CN': '已批准' },
});
