import { lineChannel } from '@wayfarer/channels/spec';
import { purchase, unsubscribed } from '@wayfarer/events';
import { edge, localize, node } from '../layout';
import { defineTemplate } from '../template';

const copy = {
  birthday: { en: 'Birthday', 'zh-TW': '生日當天', 'zh-CN': '生日当天' },
  isVip: { en: 'VIP member?', 'zh-TW': '是 VIP 會員嗎？', 'zh-CN': '是 VIP 会员吗？' },
  vipReason: { en: 'VIP birthday gift', 'zh-TW': 'VIP 生日禮', 'zh-CN': 'VIP 生日礼' },
  memberReason: { en: 'Birthday gift', 'zh-TW': '生日禮', 'zh-CN': '生日礼' },
  vipName: { en: 'VIP birthday greeting', 'zh-TW': 'VIP 生日祝福', 'zh-CN': 'VIP 生日祝福' },
  vipBody: {
    en: 'Happy birthday, {{ customer.name | default: "dear VIP" }}! 🎂 To celebrate, we’ve added 500 points to your account — treat yourself this week.',
    'zh-TW':
      '{{ customer.name | default: "親愛的 VIP" }}，生日快樂！🎂 我們準備了 500 點生日禮送到您的帳戶，這週好好犒賞自己吧。',
    'zh-CN':
      '{{ customer.name | default: "亲爱的 VIP" }}，生日快乐！🎂 我们准备了 500 积分生日礼送到您的账户，这周好好犒赏自己吧。',
  },
  memberName: { en: 'Birthday greeting', 'zh-TW': '生日祝福', 'zh-CN': '生日祝福' },
  memberBody: {
    en: 'Happy birthday, {{ customer.name | default: "friend" }}! 🎂 A little gift from us: 100 points are waiting in your account.',
    'zh-TW': '{{ customer.name | default: "親愛的會員" }}，生日快樂！🎂 送您 100 點生日禮，已存入您的帳戶囉。',
    'zh-CN': '{{ customer.name | default: "亲爱的会员" }}，生日快乐！🎂 送您 100 积分生日礼，已存入您的账户啦。',
  },
  treatUsed: { en: 'Shopped within 5 days?', 'zh-TW': '5 天內使用了嗎？', 'zh-CN': '5 天内使用了吗？' },
  reminderName: { en: 'Birthday gift reminder', 'zh-TW': '生日禮提醒', 'zh-CN': '生日礼提醒' },
  reminderBody: {
    en: 'Your birthday week isn’t over yet, {{ customer.name | default: "friend" }} — your birthday points are ready to spend 🎁',
    'zh-TW': '{{ customer.name | default: "嗨" }}，生日週還沒結束喔！您的生日禮點數還在等您使用 🎁',
    'zh-CN': '{{ customer.name | default: "嗨" }}，生日周还没结束哦！您的生日礼积分还在等您使用 🎁',
  },
} as const;

/** Birthday → 9 am local → VIP or member gift → reminder if unused after 5 days. */
export const birthdaySurprise = defineTemplate({
  id: 'birthday-surprise',
  name: { en: 'Birthday surprise', 'zh-TW': '生日驚喜', 'zh-CN': '生日惊喜' },
  description: {
    en: 'Wish members a happy birthday at 9 am their time with bonus points — VIPs get more — and remind those who haven’t treated themselves before their birthday week is out.',
    'zh-TW':
      '會員生日當天早上 9 點送上祝福與生日點數（VIP 加碼），還沒使用生日禮的會員，在生日週結束前再貼心提醒一次。',
    'zh-CN':
      '会员生日当天上午 9 点送上祝福与生日积分（VIP 加码），还没使用生日礼的会员，在生日周结束前再贴心提醒一次。',
  },
  tags: ['loyalty'],
  developerNote:
    'Starts at 09:00 in each member’s time zone on the date in their `birthday` attribute (YYYY-MM-DD or --MM-DD), from the journey’s date-trigger schedule. VIPs have the attribute `tier: "vip"`.',
  graph: (locale) => {
    const t = localize(copy, locale);
    return {
      nodes: [
        node(
          'birthday',
          'core.trigger.date',
          [1, 0],
          { attribute: 'birthday', offsetDays: 0, at: '09:00' },
          t('birthday'),
        ),
        node(
          'is-vip',
          'core.branch',
          [2, 0],
          { match: 'all', conditions: [{ subject: 'attribute', path: 'tier', op: 'eq', value: 'vip' }] },
          t('isVip'),
        ),
        node('grant-vip', 'core.reward.points', [3, -1], { points: 500, reason: t('vipReason') }),
        node('send-vip', 'core.send', [4, -1], { channel: lineChannel.name, name: t('vipName'), body: t('vipBody') }),
        node('grant-member', 'core.reward.points', [3, 1], { points: 100, reason: t('memberReason') }),
        node('send-member', 'core.send', [4, 1], {
          channel: lineChannel.name,
          name: t('memberName'),
          body: t('memberBody'),
        }),
        node(
          'wait-treat',
          'core.wait',
          [5, 0],
          { mode: 'event', event: purchase.name, timeout: { amount: 5, unit: 'days' } },
          t('treatUsed'),
        ),
        node('tag-celebrated', 'core.tag', [6, -1], { add: ['birthday_gift_used'] }),
        node('end-celebrated', 'core.end', [7, -1], {}),
        node('send-reminder', 'core.send', [6, 1], {
          channel: lineChannel.name,
          name: t('reminderName'),
          body: t('reminderBody'),
        }),
        node('end-reminded', 'core.end', [7, 1], {}),
      ],
      edges: [
        edge('birthday', 'is-vip'),
        edge('is-vip', 'grant-vip', 'true'),
        edge('grant-vip', 'send-vip'),
        edge('send-vip', 'wait-treat', 'sent'),
        edge('is-vip', 'grant-member', 'false'),
        edge('grant-member', 'send-member'),
        edge('send-member', 'wait-treat', 'sent'),
        edge('wait-treat', 'tag-celebrated', 'event'),
        edge('tag-celebrated', 'end-celebrated'),
        edge('wait-treat', 'send-reminder', 'timeout'),
        edge('send-reminder', 'end-reminded', 'sent'),
      ],
      // Every birthday is a new entry, at most one a year.
      settings: {
        reentry: 'every',
        reentryCooldown: { amount: 300, unit: 'days' },
        exitOn: [{ event: unsubscribed.name }],
        goal: null,
      },
    };
  },
});
