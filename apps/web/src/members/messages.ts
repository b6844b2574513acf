import { defineMessages } from '../app/i18n';

export const membersMessages = defineMessages({
  members: { en: 'Members', 'zh-TW': '成員', 'zh-CN': '成员' },
  subtitle: {
    en: 'Who can use this workspace, and what each may do.',
    'zh-TW': '誰可以使用此工作區，以及各自的權限。',
    'zh-CN': '谁可以使用此工作区，以及各自的权限。',
  },
  name: { en: 'Name', 'zh-TW': '名字', 'zh-CN': '名字' },
  email: { en: 'Email', 'zh-TW': '電子郵件', 'zh-CN': '电子邮件' },
  role: { en: 'Role', 'zh-TW': '角色', 'zh-CN': '角色' },
  actions: { en: 'Actions', 'zh-TW': '操作', 'zh-CN': '操作' },
  remove: { en: 'Remove', 'zh-TW': '移除', 'zh-CN': '移除' },
  invite: { en: 'Invite', 'zh-TW': '邀請', 'zh-CN': '邀请' },
  inviteTitle: { en: 'Invite someone', 'zh-TW': '邀請成員', 'zh-CN': '邀请成员' },
  invitationLink: {
    en: 'Send this link to {email} (it works once, for 7 days):',
    'zh-TW': '將此連結傳給 {email}（可使用一次，7 天內有效）：',
    'zh-CN': '将此链接发送给 {email}（可使用一次，7 天内有效）：',
  },
  copy: { en: 'Copy', 'zh-TW': '複製', 'zh-CN': '复制' },
  pending: { en: 'Pending invitations', 'zh-TW': '待接受的邀請', 'zh-CN': '待接受的邀请' },
  revoke: { en: 'Revoke', 'zh-TW': '撤銷', 'zh-CN': '撤销' },
  requireApproval: {
    en: 'A publisher must approve a draft before it is published',
    'zh-TW': '草稿須經發布者核准才能發布',
    'zh-CN': '草稿须经发布者批准才能发布',
  },
  failed: { en: 'That did not work: {message}', 'zh-TW': '未成功：{message}', 'zh-CN': '未成功：{message}' },
});
