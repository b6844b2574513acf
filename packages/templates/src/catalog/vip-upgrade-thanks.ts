import { lineChannel } from '@wayfarer/channels/spec';
import { purchase, tierChanged, unsubscribed } from '@wayfarer/events';
import { edge, localize, node } from '../layout';
import { defineTemplate } from '../template';

/** The tier key the journey is about; created or picked when the journey is created from the template. */
const VIP_TIER = 'vip';

const copy = {
  becameVip: { en: 'Upgraded to VIP', 'zh-TW': '升等為 VIP', 'zh-CN': '升级为 VIP' },
  tierName: { en: 'VIP', 'zh-TW': 'VIP', 'zh-CN': 'VIP' },
  giftReason: { en: 'VIP upgrade gift', 'zh-TW': 'VIP 升等禮', 'zh-CN': 'VIP 升级礼' },
  thanksName: { en: 'VIP upgrade thank-you', 'zh-TW': 'VIP 升等感謝', 'zh-CN': 'VIP 升级感谢' },
  thanksBody: {
    en: 'Congratulations, {{ customer.name | default: "friend" }} — you’re now a VIP! 👑 Thank you for shopping with us. Your 300-point upgrade gift is already in your account.',
    'zh-TW':
      '恭喜 {{ customer.name | default: "您" }} 升等為 VIP 會員！👑 感謝您一直以來的支持，300 點升等禮已送到您的帳戶。',
    'zh-CN':
      '恭喜 {{ customer.name | default: "您" }} 升级为 VIP 会员！👑 感谢您一直以来的支持，300 积分升级礼已送到您的账户。',
  },
  evening: { en: '7:30 pm their time', 'zh-TW': '當地晚上 7:30', 'zh-CN': '当地晚上 7:30' },
  perksName: { en: 'Your VIP perks', 'zh-TW': 'VIP 權益介紹', 'zh-CN': 'VIP 权益介绍' },
  perksBody: {
    en: 'Your VIP perks at a glance: ✔ 5% off all year ✔ double birthday points ✔ early access to new arrivals. Details 👉 https://example.com/vip',
    'zh-TW': 'VIP 專屬權益一次看：✔ 全年 95 折 ✔ 生日點數加倍 ✔ 新品搶先購。詳情 👉 https://example.com/vip',
    'zh-CN': 'VIP 专属权益一览：✔ 全年 95 折 ✔ 生日积分翻倍 ✔ 新品抢先购。详情 👉 https://example.com/vip',
  },
  shopped: { en: 'Shopped since upgrading?', 'zh-TW': '升等後有消費嗎？', 'zh-CN': '升级后有消费吗？' },
  previewName: { en: 'VIP early-access invitation', 'zh-TW': 'VIP 搶先看邀請', 'zh-CN': 'VIP 抢先看邀请' },
  previewBody: {
    en: '{{ customer.name | default: "Dear VIP" }}, VIP early access is open: shop our new collection three days before everyone else, while stocks last 👉 https://example.com/vip-preview',
    'zh-TW':
      '{{ customer.name | default: "親愛的 VIP" }}，新品 VIP 搶先看開跑了！比一般會員提早 3 天選購，數量有限 👉 https://example.com/vip-preview',
    'zh-CN':
      '{{ customer.name | default: "亲爱的 VIP" }}，新品 VIP 抢先看开跑啦！比普通会员提前 3 天选购，数量有限 👉 https://example.com/vip-preview',
  },
} as const;

/** VIP upgrade → gift + thanks → perks the next evening → early-access invite if no order in 2 weeks. */
export const vipUpgradeThanks = defineTemplate({
  id: 'vip-upgrade-thanks',
  name: { en: 'VIP upgrade thank-you', 'zh-TW': 'VIP 升等感謝', 'zh-CN': 'VIP 升级感谢' },
  description: {
    en: 'When a member reaches VIP, thank them with a 300-point upgrade gift, walk them through their new perks the next evening, and invite them to early access if they haven’t shopped within two weeks.',
    'zh-TW':
      '會員升等 VIP 時，立即送上 300 點升等禮與感謝訊息，隔天晚上介紹專屬權益；兩週內還沒消費的，再邀請參加 VIP 新品搶先看。',
    'zh-CN':
      '会员升级 VIP 时，立即送上 300 积分升级礼与感谢消息，隔天晚上介绍专属权益；两周内还没消费的，再邀请参加 VIP 新品抢先看。',
  },
  tags: ['loyalty'],
  developerNote:
    'Entered by `tier_changed` to the tier `vip`, which an “Evaluate tier” step stores when a customer reaches it (the tier is created or picked when the journey is created from the template). Orders are tracked as `purchase`.',
  assets: [
    {
      kind: 'tier',
      ref: VIP_TIER,
      suggestion: { key: VIP_TIER, name: copy.tierName, rank: 3, metric: 'points', threshold: 5000, windowMonths: 12 },
    },
  ],
  graph: (locale) => {
    const t = localize(copy, locale);
    return {
      nodes: [
        node(
          'became-vip',
          'core.trigger.event',
          [0, 0],
          { event: tierChanged.name, where: [{ path: 'to', op: 'eq', value: VIP_TIER }] },
          t('becameVip'),
        ),
        node('tag-vip', 'core.tag', [1, 0], { add: ['vip'], setAttributes: { tier: 'vip' } }),
        node('grant-upgrade-gift', 'core.reward.points', [2, 0], { points: 300, reason: t('giftReason') }),
        node('send-thanks', 'core.send', [3, 0], {
          channel: lineChannel.name,
          name: t('thanksName'),
          body: t('thanksBody'),
        }),
        node('wait-1-day', 'core.wait', [4, 0], { mode: 'duration', duration: { amount: 1, unit: 'days' } }),
        node('wait-evening', 'core.wait', [5, 0], { mode: 'time_of_day', time: '19:30' }, t('evening')),
        node('send-perks', 'core.send', [6, 0], {
          channel: lineChannel.name,
          name: t('perksName'),
          body: t('perksBody'),
        }),
        node('wait-2-weeks', 'core.wait', [7, 0], { mode: 'duration', duration: { amount: 2, unit: 'weeks' } }),
        node(
          'shopped',
          'core.branch',
          [8, 0],
          { match: 'all', conditions: [{ subject: 'event', op: 'received', event: purchase.name, where: [] }] },
          t('shopped'),
        ),
        node('end-active', 'core.end', [9, -1], {}),
        node('send-preview', 'core.send', [9, 1], {
          channel: lineChannel.name,
          name: t('previewName'),
          body: t('previewBody'),
        }),
        node('end-invited', 'core.end', [10, 1], {}),
      ],
      edges: [
        edge('became-vip', 'tag-vip'),
        edge('tag-vip', 'grant-upgrade-gift'),
        edge('grant-upgrade-gift', 'send-thanks'),
        edge('send-thanks', 'wait-1-day', 'sent'),
        edge('wait-1-day', 'wait-evening'),
        edge('wait-evening', 'send-perks'),
        edge('send-perks', 'wait-2-weeks', 'sent'),
        edge('wait-2-weeks', 'shopped'),
        edge('shopped', 'end-active', 'true'),
        edge('shopped', 'send-preview', 'false'),
        edge('send-preview', 'end-invited', 'sent'),
      ],
      settings: { reentry: 'once', exitOn: [{ event: unsubscribed.name }], goal: null },
    };
  },
});
