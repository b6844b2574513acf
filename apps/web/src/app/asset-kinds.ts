import type { LocalizedText } from './i18n';

/** Asset kinds as marketers name them. */
export const assetKindNames: Readonly<Record<string, LocalizedText>> = {
  channel: { en: 'channel', 'zh-TW': '管道', 'zh-CN': '渠道' },
  lottery: { en: 'lottery', 'zh-TW': '抽獎活動', 'zh-CN': '抽奖活动' },
  badge: { en: 'badge', 'zh-TW': '徽章', 'zh-CN': '徽章' },
  coupon_pool: { en: 'coupon pool', 'zh-TW': '優惠券池', 'zh-CN': '优惠券池' },
  segment: { en: 'segment', 'zh-TW': '分眾', 'zh-CN': '分群' },
  tier: { en: 'tier', 'zh-TW': '會員等級', 'zh-CN': '会员等级' },
  message_template: { en: 'message template', 'zh-TW': '訊息範本', 'zh-CN': '消息模板' },
  rich_menu: { en: 'rich menu', 'zh-TW': '圖文選單', 'zh-CN': '图文菜单' },
};
