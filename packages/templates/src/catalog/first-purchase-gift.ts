import { lineChannel } from '@wayfarer/channels/spec';
import { purchase, unsubscribed } from '@wayfarer/events';
import { days, edge, localize, node } from '../layout';
import { defineTemplate } from '../template';

const copy = {
  firstOrder: { en: 'First order placed', 'zh-TW': '完成首筆訂單', 'zh-CN': '完成首笔订单' },
  giftReason: { en: 'First-purchase gift', 'zh-TW': '首購禮', 'zh-CN': '首购礼' },
  thanksName: { en: 'First-order thank-you', 'zh-TW': '首購感謝', 'zh-CN': '首购感谢' },
  thanksBody: {
    en: 'Thank you for your first order, {{ customer.name | default: "friend" }}! 🎁 Your first-purchase gift of 200 points is in your account — use them on your next order.',
    'zh-TW':
      '{{ customer.name | default: "親愛的顧客" }}，感謝您的第一筆訂單！🎁 首購禮 200 點已存入您的帳戶，下次購物即可折抵。',
    'zh-CN':
      '{{ customer.name | default: "亲爱的顾客" }}，感谢您的第一笔订单！🎁 首购礼 200 积分已存入您的账户，下次购物即可抵扣。',
  },
  secondOrder: { en: 'Second order within 21 days?', 'zh-TW': '21 天內回購了嗎？', 'zh-CN': '21 天内复购了吗？' },
  comebackName: { en: 'Come-back reminder', 'zh-TW': '回購提醒', 'zh-CN': '复购提醒' },
  comebackBody: {
    en: 'We’ve got new arrivals this week, {{ customer.name | default: "friend" }} — and your first-purchase points are still waiting to be spent 👉 https://example.com/new',
    'zh-TW':
      '{{ customer.name | default: "嗨" }}，本週新品上架囉！別忘了您的首購禮點數可以折抵下一筆訂單 👉 https://example.com/new',
    'zh-CN':
      '{{ customer.name | default: "嗨" }}，本周新品上架啦！别忘了您的首购礼积分可以抵扣下一笔订单 👉 https://example.com/new',
  },
} as const;

/** First order → 200 points + thanks → regular customer on a second order, else a reminder. */
export const firstPurchaseGift = defineTemplate({
  id: 'first-purchase-gift',
  name: { en: 'First-purchase gift', 'zh-TW': '首購禮', 'zh-CN': '首购礼' },
  description: {
    en: 'Thank customers for their first order with 200 bonus points. Those who order again within three weeks become regulars; the rest get a friendly nudge to come back.',
    'zh-TW':
      '顧客完成第一筆訂單，立即送上 200 點首購禮與感謝訊息；三週內回購就升為常客，沒有回購的再貼心提醒回來逛逛。',
    'zh-CN':
      '顾客完成第一笔订单，立即送上 200 积分首购礼与感谢消息；三周内复购即升为常客，没有复购的再贴心提醒回来逛逛。',
  },
  tags: ['conversion', 'loyalty'],
  developerNote: 'Track orders as `purchase` with a boolean `is_first_order` property.',
  graph: (locale) => {
    const t = localize(copy, locale);
    return {
      nodes: [
        node(
          'first-order',
          'core.trigger.event',
          [0, 0],
          { event: purchase.name, where: [{ path: 'is_first_order', op: 'eq', value: true }] },
          t('firstOrder'),
        ),
        node('tag-first-buyer', 'core.tag', [1, 0], {
          add: ['first_purchase'],
          setAttributes: { member_stage: 'new_customer' },
        }),
        node('grant-gift', 'core.reward.points', [2, 0], { points: 200, reason: t('giftReason') }),
        node('send-thanks', 'core.send', [3, 0], {
          channel: lineChannel.name,
          name: t('thanksName'),
          body: t('thanksBody'),
        }),
        node(
          'wait-second-order',
          'core.wait',
          [4, 0],
          { mode: 'event', event: purchase.name, timeout: { amount: 21, unit: 'days' } },
          t('secondOrder'),
        ),
        node('tag-regular', 'core.tag', [5, -1], {
          add: ['regular_customer'],
          setAttributes: { member_stage: 'regular' },
        }),
        node('end-regular', 'core.end', [6, -1], {}),
        node('send-comeback', 'core.send', [5, 1], {
          channel: lineChannel.name,
          name: t('comebackName'),
          body: t('comebackBody'),
        }),
        node('end-reminded', 'core.end', [6, 1], {}),
      ],
      edges: [
        edge('first-order', 'tag-first-buyer'),
        edge('tag-first-buyer', 'grant-gift'),
        edge('grant-gift', 'send-thanks'),
        edge('send-thanks', 'wait-second-order', 'sent'),
        edge('wait-second-order', 'tag-regular', 'event'),
        edge('tag-regular', 'end-regular'),
        edge('wait-second-order', 'send-comeback', 'timeout'),
        edge('send-comeback', 'end-reminded', 'sent'),
      ],
      settings: {
        reentry: 'once',
        exitOn: [{ event: unsubscribed.name }],
        goal: { event: purchase.name, withinMs: days(21) },
      },
    };
  },
});
