import { lineChannel } from '@wayfarer/channels/spec';
import { lotteryEntered, unsubscribed } from '@wayfarer/events';
import { edge, localize, node } from '../layout';
import { defineTemplate } from '../template';
import { CHOOSE_ID } from '../template-assets';

/** Stands for "choose a lottery": created or picked when the journey is created from the template. */
const CHOOSE_LOTTERY = CHOOSE_ID;

const copy = {
  joined: { en: 'Joined the draw', 'zh-TW': '參加抽獎', 'zh-CN': '参加抽奖' },
  draw: { en: 'Draw', 'zh-TW': '抽獎', 'zh-CN': '抽奖' },
  grandPrize: { en: 'Grand prize', 'zh-TW': '大獎', 'zh-CN': '大奖' },
  couponPrize: { en: 'Coupon', 'zh-TW': '優惠券', 'zh-CN': '优惠券' },
  grandName: { en: 'Grand prize winner', 'zh-TW': '大獎得主通知', 'zh-CN': '大奖得主通知' },
  grandBody: {
    en: '🎉 Congratulations, {{ customer.name | default: "friend" }} — you won the grand prize! Our team will contact you within 3 working days to arrange delivery.',
    'zh-TW': '🎉 恭喜 {{ customer.name | default: "您" }} 抽中大獎！專人將在 3 個工作天內與您聯繫領獎事宜。',
    'zh-CN': '🎉 恭喜 {{ customer.name | default: "您" }} 抽中大奖！专人将在 3 个工作日内与您联系领奖事宜。',
  },
  couponName: { en: 'Coupon prize', 'zh-TW': '優惠券獎通知', 'zh-CN': '优惠券奖通知' },
  couponBody: {
    en: 'You’re a winner, {{ customer.name | default: "friend" }}! Your coupon code is {{ steps.draw.code | default: "in your account" }} — enjoy your next order 🎁',
    'zh-TW': '恭喜中獎！您的優惠碼是 {{ steps.draw.code | default: "（請見會員專區）" }}，下次消費即可使用 🎁',
    'zh-CN': '恭喜中奖！您的优惠码是 {{ steps.draw.code | default: "（请见会员专区）" }}，下次消费即可使用 🎁',
  },
  lotteryName: { en: 'Lucky draw', 'zh-TW': '幸運抽獎', 'zh-CN': '幸运抽奖' },
  poolName: { en: 'Lucky draw coupons', 'zh-TW': '抽獎優惠券', 'zh-CN': '抽奖优惠券' },
  consolationReason: { en: 'Lucky draw participation', 'zh-TW': '抽獎參加獎', 'zh-CN': '抽奖参与奖' },
  consolationName: { en: 'Thanks for playing', 'zh-TW': '參加獎通知', 'zh-CN': '参与奖通知' },
  consolationBody: {
    en: 'No big win this time, {{ customer.name | default: "friend" }} — but we’ve added 20 points to say thanks for playing. Better luck next draw 🍀',
    'zh-TW': '謝謝參加！這次與大獎擦身而過，20 點參加獎已送上，下次活動再來試試手氣吧 🍀',
    'zh-CN': '谢谢参与！这次与大奖擦肩而过，20 积分参与奖已送上，下次活动再来试试手气吧 🍀',
  },
} as const;

/**
 * Join → one draw from a lottery with limited prizes: a grand prize and a coupon, never won beyond
 * their stock (a draw landing on a prize that ran out loses); everyone else gets 20 points.
 */
export const luckyDraw = defineTemplate({
  id: 'lucky-draw',
  name: { en: 'Lucky draw', 'zh-TW': '幸運抽獎', 'zh-CN': '幸运抽奖' },
  description: {
    en: 'Members who join the draw see their result instantly: a limited number of grand prizes and coupons, never given out beyond stock, and 20 points for everyone else who takes part. One play per member.',
    'zh-TW': '會員參加抽獎立即揭曉：限量大獎與優惠券，送完為止絕不超發；沒抽中的人也有 20 點參加獎。每位會員限抽一次。',
    'zh-CN':
      '会员参加抽奖立即揭晓：限量大奖与优惠券，送完为止绝不超发；没抽中的人也有 20 积分参与奖。每位会员限抽一次。',
  },
  tags: ['gamification'],
  developerNote:
    'Track `lottery_entered` when a member joins (e.g. from a rich-menu button). The lottery (prizes keyed `grand` and `coupon`) is created or picked when the journey is created from the template; the graph holds a placeholder lottery id until then.',
  assets: [
    {
      kind: 'lottery',
      ref: CHOOSE_LOTTERY,
      suggestion: {
        name: copy.lotteryName,
        loseWeight: 90,
        prizes: [
          { key: 'grand', name: copy.grandPrize, weight: 1, stock: 3, reward: { kind: 'points', points: 5000 } },
          {
            key: 'coupon',
            name: copy.couponPrize,
            weight: 9,
            stock: 100,
            reward: { kind: 'coupon', pool: { name: copy.poolName, codePattern: 'LUCKY-{8}', inventory: 100 } },
          },
        ],
      },
    },
  ],
  graph: (locale) => {
    const t = localize(copy, locale);
    const prizes = [
      { key: 'grand', name: t('grandPrize') },
      { key: 'coupon', name: t('couponPrize') },
    ];
    return {
      nodes: [
        node('joined', 'core.trigger.event', [0, 0], { event: lotteryEntered.name, where: [] }, t('joined')),
        node('tag-entered', 'core.tag', [1, 0], { add: ['lucky_draw_entered'] }),
        node('draw', 'core.lottery.draw', [2, 0], { lotteryId: CHOOSE_LOTTERY, prizes }, t('draw')),
        node('tag-grand-prize', 'core.tag', [3, -1], { add: ['grand_prize_winner'] }),
        node('send-grand-prize', 'core.send', [4, -1], {
          channel: lineChannel.name,
          name: t('grandName'),
          body: t('grandBody'),
        }),
        node('end-grand-prize', 'core.end', [5, -1], {}),
        node('send-coupon-prize', 'core.send', [3, 0], {
          channel: lineChannel.name,
          name: t('couponName'),
          body: t('couponBody'),
        }),
        node('end-coupon-prize', 'core.end', [4, 0], {}),
        node('grant-20', 'core.reward.points', [3, 1], { points: 20, reason: t('consolationReason') }),
        node('send-consolation', 'core.send', [4, 1], {
          channel: lineChannel.name,
          name: t('consolationName'),
          body: t('consolationBody'),
        }),
        node('end-consolation', 'core.end', [5, 1], {}),
      ],
      edges: [
        edge('joined', 'tag-entered'),
        edge('tag-entered', 'draw'),
        edge('draw', 'tag-grand-prize', 'win:grand'),
        edge('tag-grand-prize', 'send-grand-prize'),
        edge('send-grand-prize', 'end-grand-prize', 'sent'),
        edge('draw', 'send-coupon-prize', 'win:coupon'),
        edge('send-coupon-prize', 'end-coupon-prize', 'sent'),
        edge('draw', 'grant-20', 'lose'),
        edge('grant-20', 'send-consolation'),
        edge('send-consolation', 'end-consolation', 'sent'),
      ],
      settings: { reentry: 'once', exitOn: [{ event: unsubscribed.name }], goal: null },
    };
  },
});
