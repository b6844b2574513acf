import { lineChannel } from '@wayfarer/channels/spec';
import { lineFollowed, lineUnfollowed, purchase, unsubscribed } from '@wayfarer/events';
import { days, edge, localize, node } from '../layout';
import { defineTemplate } from '../template';

const copy = {
  followed: { en: 'Added us as a LINE friend', 'zh-TW': '加入 LINE 好友', 'zh-CN': '添加 LINE 好友' },
  welcomeName: { en: 'Welcome message', 'zh-TW': '歡迎訊息', 'zh-CN': '欢迎消息' },
  welcomeBody: {
    en: 'Hi {{ customer.name | default: "there" }}, thanks for adding us on LINE! 🎉\nWe’ll share new arrivals, member events and friends-only offers here — stay tuned.',
    'zh-TW':
      '{{ customer.name | default: "朋友" }}您好，謝謝您加入我們的 LINE 好友！🎉\n之後會在這裡和您分享新品、會員活動與好友限定優惠，敬請期待。',
    'zh-CN':
      '{{ customer.name | default: "朋友" }}您好，感谢您添加我们的 LINE 好友！🎉\n之后会在这里和您分享新品、会员活动与好友专属优惠，敬请期待。',
  },
  morning: { en: '10 am their time', 'zh-TW': '當地早上 10 點', 'zh-CN': '当地上午 10 点' },
  bestSellersName: { en: 'Best sellers', 'zh-TW': '人氣商品推薦', 'zh-CN': '人气商品推荐' },
  bestSellersBody: {
    en: '{{ customer.name | default: "Hi" }}, these are our customers’ all-time favourites — take a look 👉 https://example.com/best-sellers',
    'zh-TW':
      '{{ customer.name | default: "嗨" }}，這幾款是大家最愛的人氣商品，新朋友也一起來看看吧 👉 https://example.com/best-sellers',
    'zh-CN':
      '{{ customer.name | default: "嗨" }}，这几款是大家最爱的人气商品，新朋友也一起来看看吧 👉 https://example.com/best-sellers',
  },
  firstOrder: { en: 'First order within 5 days?', 'zh-TW': '5 天內下單了嗎？', 'zh-CN': '5 天内下单了吗？' },
  couponName: { en: 'First-order coupon', 'zh-TW': '首購優惠券', 'zh-CN': '首购优惠券' },
  couponBody: {
    en: 'Still deciding? Here’s 10% off your first order: use code WELCOME10 at checkout within 7 days.',
    'zh-TW': '還在猶豫嗎？送您一張首購 9 折優惠券，結帳時輸入折扣碼 WELCOME10 即可使用，7 天內有效喔！',
    'zh-CN': '还在犹豫吗？送您一张首购 9 折优惠券，结账时输入优惠码 WELCOME10 即可使用，7 天内有效哦！',
  },
} as const;

/** LINE friend added → welcome → best sellers on day 2 → coupon if no order by day 7. */
export const lineWelcomeSeries = defineTemplate({
  id: 'line-welcome-series',
  name: { en: 'Welcome series for new LINE friends', 'zh-TW': '新好友歡迎系列', 'zh-CN': '新好友欢迎系列' },
  description: {
    en: 'Greet new LINE friends the moment they add you, show them your best sellers two days later, and send a first-order coupon to those who still haven’t bought a week in.',
    'zh-TW': '好友一加入就送上歡迎訊息，兩天後推薦人氣商品；一週內還沒下單的新朋友，再送上首購優惠券。',
    'zh-CN': '好友一添加就发送欢迎消息，两天后推荐人气商品；一周内还没下单的新朋友，再送上首购优惠券。',
  },
  tags: ['onboarding', 'conversion'],
  developerNote:
    'Entered by `line_followed`, which the LINE webhook stores when a customer adds the official account (`line_unfollowed` ends it). Orders are tracked as `purchase`.',
  graph: (locale) => {
    const t = localize(copy, locale);
    return {
      nodes: [
        node('followed', 'core.trigger.event', [0, 0], { event: lineFollowed.name, where: [] }, t('followed')),
        node('tag-new-friend', 'core.tag', [1, 0], { add: ['new_friend'], setAttributes: { member_stage: 'new' } }),
        node('send-welcome', 'core.send', [2, 0], {
          channel: lineChannel.name,
          name: t('welcomeName'),
          body: t('welcomeBody'),
        }),
        node('wait-2-days', 'core.wait', [3, 0], { mode: 'duration', duration: { amount: 2, unit: 'days' } }),
        node('wait-morning', 'core.wait', [4, 0], { mode: 'time_of_day', time: '10:00' }, t('morning')),
        node('send-best-sellers', 'core.send', [5, 0], {
          channel: lineChannel.name,
          name: t('bestSellersName'),
          body: t('bestSellersBody'),
        }),
        node(
          'wait-first-order',
          'core.wait',
          [6, 0],
          { mode: 'event', event: purchase.name, timeout: { amount: 5, unit: 'days' } },
          t('firstOrder'),
        ),
        node('tag-first-order', 'core.tag', [7, -1], { add: ['first_order'], remove: ['new_friend'] }),
        node('end-ordered', 'core.end', [8, -1], {}),
        node('send-coupon', 'core.send', [7, 1], {
          channel: lineChannel.name,
          name: t('couponName'),
          body: t('couponBody'),
        }),
        node('end-coupon', 'core.end', [8, 1], {}),
      ],
      edges: [
        edge('followed', 'tag-new-friend'),
        edge('tag-new-friend', 'send-welcome'),
        edge('send-welcome', 'wait-2-days', 'sent'),
        edge('wait-2-days', 'wait-morning'),
        edge('wait-morning', 'send-best-sellers'),
        edge('send-best-sellers', 'wait-first-order', 'sent'),
        edge('wait-first-order', 'tag-first-order', 'event'),
        edge('tag-first-order', 'end-ordered'),
        edge('wait-first-order', 'send-coupon', 'timeout'),
        edge('send-coupon', 'end-coupon', 'sent'),
      ],
      settings: {
        reentry: 'once',
        exitOn: [{ event: lineUnfollowed.name }, { event: unsubscribed.name }],
        goal: { event: purchase.name, withinMs: days(7) },
      },
    };
  },
});
