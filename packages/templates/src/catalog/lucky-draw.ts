import { edge, localize, node } from '../layout';
import { defineTemplate } from '../template';

const copy = {
  joined: { en: 'Joined the draw', 'zh-TW': '參加抽獎', 'zh-CN': '参加抽奖' },
  draw: { en: 'Draw', 'zh-TW': '抽獎', 'zh-CN': '抽奖' },
  grandPrize: { en: 'Grand prize', 'zh-TW': '大獎', 'zh-CN': '大奖' },
  pointsPrize: { en: '500 points', 'zh-TW': '500 點', 'zh-CN': '500 积分' },
  consolation: { en: 'Thanks for playing', 'zh-TW': '參加獎', 'zh-CN': '参与奖' },
  grandName: { en: 'Grand prize winner', 'zh-TW': '大獎得主通知', 'zh-CN': '大奖得主通知' },
  grandBody: {
    en: '🎉 Congratulations, {{ customer.name | default: "friend" }} — you won the grand prize! Our team will contact you within 3 working days to arrange delivery.',
    'zh-TW': '🎉 恭喜 {{ customer.name | default: "您" }} 抽中大獎！專人將在 3 個工作天內與您聯繫領獎事宜。',
    'zh-CN': '🎉 恭喜 {{ customer.name | default: "您" }} 抽中大奖！专人将在 3 个工作日内与您联系领奖事宜。',
  },
  pointsReason: { en: 'Lucky draw prize', 'zh-TW': '抽獎獎品', 'zh-CN': '抽奖奖品' },
  pointsName: { en: 'Points prize', 'zh-TW': '點數獎通知', 'zh-CN': '积分奖通知' },
  pointsBody: {
    en: 'You’re a winner, {{ customer.name | default: "friend" }}! 500 points are in your account, ready for your next order 🎁',
    'zh-TW': '恭喜中獎！500 點已存入您的帳戶，下次消費即可折抵 🎁',
    'zh-CN': '恭喜中奖！500 积分已存入您的账户，下次消费即可抵扣 🎁',
  },
  consolationReason: { en: 'Lucky draw participation', 'zh-TW': '抽獎參加獎', 'zh-CN': '抽奖参与奖' },
  consolationName: { en: 'Thanks for playing', 'zh-TW': '參加獎通知', 'zh-CN': '参与奖通知' },
  consolationBody: {
    en: 'No big win this time, {{ customer.name | default: "friend" }} — but we’ve added 20 points to say thanks for playing. Better luck next draw 🍀',
    'zh-TW': '謝謝參加！這次與大獎擦身而過，20 點參加獎已送上，下次活動再來試試手氣吧 🍀',
    'zh-CN': '谢谢参与！这次与大奖擦肩而过，20 积分参与奖已送上，下次活动再来试试手气吧 🍀',
  },
} as const;

/** Join → random draw: 1% grand prize, 9% 500 points, 90% 20 points. One play per customer. */
export const luckyDraw = defineTemplate({
  id: 'lucky-draw',
  name: { en: 'Lucky draw', 'zh-TW': '幸運抽獎', 'zh-CN': '幸运抽奖' },
  description: {
    en: 'Members who join the draw see their result instantly: 1% win the grand prize, 9% win 500 points, and everyone else gets 20 points for taking part. One play per member.',
    'zh-TW': '會員參加抽獎立即揭曉：1% 抽中大獎、9% 獲得 500 點，其他人也有 20 點參加獎。每位會員限抽一次。',
    'zh-CN': '会员参加抽奖立即揭晓：1% 抽中大奖、9% 获得 500 积分，其他人也有 20 积分参与奖。每位会员限抽一次。',
  },
  tags: ['gamification'],
  developerNote:
    'Track `lottery_entered` when a member joins (e.g. from a rich-menu button). The split draws by percentage and does not cap the number of prizes: until the limited-pool lottery reward lands, count the `grand_prize_winner` tag and pause the journey when the prizes run out.',
  graph: (locale) => {
    const t = localize(copy, locale);
    return {
      nodes: [
        node('joined', 'core.trigger.event', [0, 0], { event: 'lottery_entered', where: [] }, t('joined')),
        node('tag-entered', 'core.tag', [1, 0], { add: ['lucky_draw_entered'] }),
        node(
          'draw',
          'core.split',
          [2, 0],
          {
            paths: [
              { label: t('grandPrize'), percent: 1 },
              { label: t('pointsPrize'), percent: 9 },
              { label: t('consolation'), percent: 90 },
            ],
          },
          t('draw'),
        ),
        node('tag-grand-prize', 'core.tag', [3, -1], { add: ['grand_prize_winner'] }),
        node('send-grand-prize', 'core.send', [4, -1], { name: t('grandName'), body: t('grandBody') }),
        node('end-grand-prize', 'core.end', [5, -1], {}),
        node('grant-500', 'core.reward.points', [3, 0], { points: 500, reason: t('pointsReason') }),
        node('send-points-prize', 'core.send', [4, 0], { name: t('pointsName'), body: t('pointsBody') }),
        node('end-points-prize', 'core.end', [5, 0], {}),
        node('grant-20', 'core.reward.points', [3, 1], { points: 20, reason: t('consolationReason') }),
        node('send-consolation', 'core.send', [4, 1], { name: t('consolationName'), body: t('consolationBody') }),
        node('end-consolation', 'core.end', [5, 1], {}),
      ],
      edges: [
        edge('joined', 'tag-entered'),
        edge('tag-entered', 'draw'),
        edge('draw', 'tag-grand-prize', 'path_1'),
        edge('tag-grand-prize', 'send-grand-prize'),
        edge('send-grand-prize', 'end-grand-prize', 'sent'),
        edge('draw', 'grant-500', 'path_2'),
        edge('grant-500', 'send-points-prize'),
        edge('send-points-prize', 'end-points-prize', 'sent'),
        edge('draw', 'grant-20', 'path_3'),
        edge('grant-20', 'send-consolation'),
        edge('send-consolation', 'end-consolation', 'sent'),
      ],
      settings: { reentry: 'once', exitOn: [{ event: 'unsubscribed' }], goal: null },
    };
  },
});
