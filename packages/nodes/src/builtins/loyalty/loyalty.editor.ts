// Editor facets of the loyalty node types: icon, card sentence in the marketer's language, widgets.
import type { Locale, LocalizedText } from '../../define';
import { defineEditor, type AnyEditorFacet } from '../../editor/define-editor';
import { awardBadgeNode } from './badge';
import { issueCouponNode } from './coupon';
import { drawLotteryNode } from './lottery';
import { deductPointsNode, grantPointsNode } from './points';
import { checkInNode } from './streak';
import { evaluateTierNode } from './tier';

// Placeholders: {name}.
const text = {
  grant: { en: 'Grant {points} points', 'zh-TW': '贈送 {points} 點', 'zh-CN': '赠送 {points} 积分' },
  grantExpiring: {
    en: 'Grant {points} points, valid {months} months',
    'zh-TW': '贈送 {points} 點，效期 {months} 個月',
    'zh-CN': '赠送 {points} 积分，有效期 {months} 个月',
  },
  deduct: { en: 'Deduct {points} points', 'zh-TW': '扣除 {points} 點', 'zh-CN': '扣除 {points} 积分' },
  coupon: { en: 'Issue a coupon', 'zh-TW': '發放優惠券', 'zh-CN': '发放优惠券' },
  badge: { en: 'Award badge {badge}', 'zh-TW': '頒發徽章 {badge}', 'zh-CN': '颁发徽章 {badge}' },
  tier: { en: 'Evaluate membership tier', 'zh-TW': '評估會員等級', 'zh-CN': '评估会员等级' },
  checkIn: {
    en: 'Check in ({streak}), milestones {milestones} days',
    'zh-TW': '簽到（{streak}），里程碑 {milestones} 天',
    'zh-CN': '签到（{streak}），里程碑 {milestones} 天',
  },
  lottery: { en: 'Lucky draw: {count} prizes', 'zh-TW': '抽獎：{count} 種獎品', 'zh-CN': '抽奖：{count} 种奖品' },
} satisfies Record<string, LocalizedText>;

function say(message: LocalizedText, locale: Locale, values: Readonly<Record<string, string | number>> = {}): string {
  return message[locale].replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

/** Editor facets of the loyalty node types. */
export const loyaltyEditors: readonly AnyEditorFacet[] = [
  defineEditor(grantPointsNode, {
    icon: 'coins',
    summary: (config, locale) =>
      config.expiresInMonths === undefined
        ? say(text.grant, locale, { points: config.points })
        : say(text.grantExpiring, locale, { points: config.points, months: config.expiresInMonths }),
  }),
  defineEditor(deductPointsNode, {
    icon: 'circle-minus',
    summary: (config, locale) => say(text.deduct, locale, { points: config.points }),
  }),
  // The pool id is a uuid: the card names the action, the form's pool picker names the pool.
  defineEditor(issueCouponNode, {
    icon: 'ticket',
    summary: (_config, locale) => say(text.coupon, locale),
    widgets: { poolId: 'coupon-pool' },
  }),
  defineEditor(awardBadgeNode, {
    icon: 'award',
    summary: (config, locale) => say(text.badge, locale, { badge: config.badgeKey }),
    widgets: { badgeKey: 'badge' },
  }),
  defineEditor(evaluateTierNode, { icon: 'crown', summary: (_config, locale) => say(text.tier, locale) }),
  defineEditor(checkInNode, {
    icon: 'calendar-check',
    summary: (config, locale) =>
      say(text.checkIn, locale, { streak: config.streakKey, milestones: config.milestones.join(' / ') }),
  }),
  defineEditor(drawLotteryNode, {
    icon: 'sparkles',
    summary: (config, locale) => say(text.lottery, locale, { count: config.prizes.length }),
    widgets: { lotteryId: 'lottery' },
  }),
];
