import { edge, localize, node } from '../layout';
import { defineTemplate } from '../template';

const copy = {
  seventhDay: { en: 'Checked in 7 days in a row', 'zh-TW': '連續簽到第 7 天', 'zh-CN': '连续签到第 7 天' },
  anyDay: { en: 'Daily check-in', 'zh-TW': '每日簽到', 'zh-CN': '每日签到' },
  bonusReason: { en: '7-day check-in streak bonus', 'zh-TW': '連續簽到 7 天加碼', 'zh-CN': '连续签到 7 天加码' },
  streakName: { en: '7-day streak', 'zh-TW': '連續簽到 7 天', 'zh-CN': '连续签到 7 天' },
  streakBody: {
    en: 'Seven days in a row — amazing, {{ customer.name | default: "friend" }}! 🔥 A 100-point streak bonus is in your account. Keep it going!',
    'zh-TW': '{{ customer.name | default: "太厲害了" }}，您已連續簽到 7 天！🔥 額外加碼 100 點已入帳，繼續保持喔！',
    'zh-CN': '{{ customer.name | default: "太厉害了" }}，您已连续签到 7 天！🔥 额外加码 100 积分已到账，继续保持哦！',
  },
  dailyReason: { en: 'Daily check-in', 'zh-TW': '每日簽到', 'zh-CN': '每日签到' },
  nextCheckIn: { en: 'Back within a day?', 'zh-TW': '隔天回來簽到了嗎？', 'zh-CN': '隔天回来签到了吗？' },
  nudgeName: { en: 'Check-in reminder', 'zh-TW': '簽到提醒', 'zh-CN': '签到提醒' },
  nudgeBody: {
    en: 'Don’t break your streak, {{ customer.name | default: "friend" }}! You’re on {{ event.streak | default: 1 }} days — check in today to keep it alive 💪',
    'zh-TW':
      '{{ customer.name | default: "嗨" }}，今天還沒簽到喔！您已連續簽到 {{ event.streak | default: 1 }} 天，別讓紀錄中斷了 💪',
    'zh-CN':
      '{{ customer.name | default: "嗨" }}，今天还没签到哦！您已连续签到 {{ event.streak | default: 1 }} 天，别让记录中断了 💪',
  },
} as const;

/**
 * Each check-in enters (re-entry `every`): 10 points, plus a bonus on the 7th day in a row; a
 * customer who does not check in again within a day is nudged. The next check-in also reaches the
 * previous entry's wait, which then ends quietly.
 */
export const dailyCheckInStreak = defineTemplate({
  id: 'daily-check-in-streak',
  name: { en: 'Daily check-in streak', 'zh-TW': '連續簽到', 'zh-CN': '连续签到' },
  description: {
    en: 'Reward every daily check-in with 10 points, celebrate a 7-day streak with a 100-point bonus and a badge tag, and nudge members who haven’t checked in a day later so their streak survives.',
    'zh-TW':
      '每天簽到送 10 點，連續 7 天再加碼 100 點並貼上徽章標籤；隔天沒回來簽到的會員會收到提醒，別讓連續紀錄中斷。',
    'zh-CN':
      '每天签到送 10 积分，连续 7 天再加码 100 积分并打上徽章标签；隔天没回来签到的会员会收到提醒，别让连续记录中断。',
  },
  tags: ['gamification', 'loyalty'],
  developerNote:
    'Your app computes the streak and tracks `check_in` with a numeric `streak` property (1 on the first day).',
  graph: (locale) => {
    const t = localize(copy, locale);
    return {
      nodes: [
        node(
          'check-in-day-7',
          'core.trigger.event',
          [0, -1],
          { event: 'check_in', where: [{ path: 'streak', op: 'eq', value: 7 }] },
          t('seventhDay'),
        ),
        node('grant-streak-bonus', 'core.reward.points', [1, -1], { points: 100, reason: t('bonusReason') }),
        node('tag-streak-badge', 'core.tag', [2, -1], { add: ['badge_streak_7'] }),
        node('send-streak', 'core.send', [3, -1], { name: t('streakName'), body: t('streakBody') }),
        node(
          'check-in',
          'core.trigger.event',
          [0, 1],
          { event: 'check_in', where: [{ path: 'streak', op: 'neq', value: 7 }] },
          t('anyDay'),
        ),
        node('grant-daily', 'core.reward.points', [4, 0], { points: 10, reason: t('dailyReason') }),
        node(
          'wait-next-check-in',
          'core.wait',
          [5, 0],
          { mode: 'event', event: 'check_in', timeout: { amount: 1, unit: 'days' } },
          t('nextCheckIn'),
        ),
        node('end-checked-in', 'core.end', [6, -1], {}),
        node('send-nudge', 'core.send', [6, 1], { name: t('nudgeName'), body: t('nudgeBody') }),
        node('end-nudged', 'core.end', [7, 1], {}),
      ],
      edges: [
        edge('check-in-day-7', 'grant-streak-bonus'),
        edge('grant-streak-bonus', 'tag-streak-badge'),
        edge('tag-streak-badge', 'send-streak'),
        edge('send-streak', 'grant-daily', 'sent'),
        edge('check-in', 'grant-daily'),
        edge('grant-daily', 'wait-next-check-in'),
        edge('wait-next-check-in', 'end-checked-in', 'event'),
        edge('wait-next-check-in', 'send-nudge', 'timeout'),
        edge('send-nudge', 'end-nudged', 'sent'),
      ],
      settings: { reentry: 'every', exitOn: [{ event: 'unsubscribed' }], goal: null },
    };
  },
});
