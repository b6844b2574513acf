import type { LocalizedText } from '../app/i18n';
import type { Role } from './roles';

/** Each role's name in every language. */
export const roleMessages: Readonly<Record<Role, LocalizedText>> = {
  viewer: { en: 'Viewer', 'zh-TW': '檢視者', 'zh-CN': '查看者' },
  editor: { en: 'Editor', 'zh-TW': '編輯者', 'zh-CN': '编辑者' },
  publisher: { en: 'Publisher', 'zh-TW': '發布者', 'zh-CN': '发布者' },
  admin: { en: 'Admin', 'zh-TW': '管理員', 'zh-CN': '管理员' },
  owner: { en: 'Owner', 'zh-TW': '擁有者', 'zh-CN': '所有者' },
};
