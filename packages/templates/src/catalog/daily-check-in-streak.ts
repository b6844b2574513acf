import { lineChannel } from '@wayfarer/channels/spec';
import { checkIn, streakReached, unsubscribed } from '@wayfarer/events';
import { edge, localize, node } from '../layout';
import { defineTemplate } from '../template';

const STREAK_BADGE = 'streak-7';

const copy = {
  anyDay: { en: 'Daily check-in', 'zh-TW': '每日簽到', 'zh-CN': '每日签到' },
  countDay: { en: 'Count the day', 'zh-TW': '計入連續天數', 'zh-CN': '计入连续天数' },
  seventhDay: { en: '7 days in a row', 'zh-TW': '連續簽到 7 天', 'zh-CN': '连续签到 7 天' },
  bonusReason: { en: '7-day check-in streak bonus', 'zh-TW': '連續簽到 7 天加碼', 'zh-CN': '连续签到 7 天加码' },
  streakName: { en: '7-day streak', 'zh-TW': '連續簽到 7 天', 'zh-CN': '连续签到 7 天' },
  streakBody: {
    en: 'Seven days in a row — amazing, {{ customer.name | default: "friend" }}! 🔥 A 100-point streak bonus and the 7-day badge are yours. Keep it going!',
    'zh-TW':
      '{{ customer.name | default: "太厲害了" }}，您已連續簽到 7 天！🔥 額外加碼 100 點與 7 天徽章已送上，繼續保持喔！',
    'zh-CN':
      '{{ customer.name | default: "太厉害了" }}，您已连续签到 7 天！🔥 额外加码 100 积分与 7 天徽章已送上，继续保持哦！',
  },
  dailyReason: { en: 'Daily check-in', 'zh-TW': '每日簽到', 'zh-CN': '每日签到' },
  nextCheckIn: { en: 'Back within a day?', 'zh-TW': '隔天回來簽到了嗎？', 'zh-CN': '隔天回来签到了吗？' },
  badgeName: { en: '7-day streak', 'zh-TW': '連續簽到 7 天', 'zh-CN': '连续签到 7 天' },
  badgeDescription: {
    en: 'Checked in seven days in a row.',
    'zh-TW': '連續 7 天完成每日簽到。',
    'zh-CN': '连续 7 天完成每日签到。',
  },
  nudgeName: { en: 'Check-in reminder', 'zh-TW': '簽到提醒', 'zh-CN': '签到提醒' },
  nudgeBody: {
    en: 'Don’t break your streak, {{ customer.name | default: "friend" }}! You’re on {{ steps.checkin.current | default: 1 }} days — check in today to keep it alive 💪',
    'zh-TW':
      '{{ customer.name | default: "嗨" }}，今天還沒簽到喔！您已連續簽到 {{ steps.checkin.current | default: 1 }} 天，別讓紀錄中斷了 💪',
    'zh-CN':
      '{{ customer.name | default: "嗨" }}，今天还没签到哦！您已连续签到 {{ steps.checkin.current | default: 1 }} 天，别让记录中断了 💪',
  },
} as const;

/**
 * Each check-in enters (re-entry `every`) and counts towards the `daily` streak in the customer's
 * time zone: 10 points per counted day (a second check-in the same day counts nothing), a nudge
 * when no check-in follows within a day. Reaching 7 days stores a `streak_reached` event, which
 * enters the journey again at the milestone trigger: 100 bonus points, the badge and a message.
 */
export const dailyCheckInStreak = defineTemplate({
  id: 'daily-check-in-streak',
  name: { en: 'Daily check-in streak', 'zh-TW': '連續簽到', 'zh-CN': '连续签到' },
  description: {
    en: 'Reward every daily check-in with 10 points, celebrate a 7-day streak with a 100-point bonus and a badge, and nudge members who haven’t checked in a day later so their streak survives.',
    'zh-TW': '每天簽到送 10 點，連續 7 天再加碼 100 點並頒發徽章；隔天沒回來簽到的會員會收到提醒，別讓連續紀錄中斷。',
    'zh-CN':
      '每天签到送 10 积分，连续 7 天再加码 100 积分并颁发徽章；隔天没回来签到的会员会收到提醒，别让连续记录中断。',
  },
  tags: ['gamification', 'loyalty'],
  developerNote:
    'Track `check_in` when a member checks in; Wayfarer counts the streak itself (calendar days in the customer’s time zone). The badge `streak-7` is created (or picked) when the journey is created from the template.',
  assets: [
    {
      kind: 'badge',
      ref: STREAK_BADGE,
      suggestion: { key: STREAK_BADGE, name: copy.badgeName, description: copy.badgeDescription },
    },
  ],
  graph: (locale) => {
    const t = localize(copy, locale);
    return {
      nodes: [
        node(
          'streak-7',
          'core.trigger.event',
          [0, -2],
          {
            event: streakReached.name,
            where: [
              { path: 'streakKey', op: 'eq', value: 'daily' },
              { path: 'days', op: 'eq', value: 7 },
            ],
          },
          t('seventhDay'),
        ),
        node('grant-streak-bonus', 'core.reward.points', [1, -2], { points: 100, reason: t('bonusReason') }),
        node('award-streak-badge', 'core.badge.award', [2, -2], { badgeKey: STREAK_BADGE }),
        node('send-streak', 'core.send', [3, -2], {
          channel: lineChannel.name,
          name: t('streakName'),
          body: t('streakBody'),
        }),
        node('end-streak', 'core.end', [4, -2], {}),
        node('check-in', 'core.trigger.event', [0, 0], { event: checkIn.name, where: [] }, t('anyDay')),
        node('checkin', 'core.streak.check-in', [1, 0], { streakKey: 'daily', milestones: [7] }, t('countDay')),
        node('end-already-today', 'core.end', [2, 1], {}),
        node('grant-daily', 'core.reward.points', [2, 0], { points: 10, reason: t('dailyReason') }),
        node(
          'wait-next-check-in',
          'core.wait',
          [3, 0],
          { mode: 'event', event: checkIn.name, timeout: { amount: 1, unit: 'days' } },
          t('nextCheckIn'),
        ),
        node('end-checked-in', 'core.end', [4, -1], {}),
        node('send-nudge', 'core.send', [4, 1], {
          channel: lineChannel.name,
          name: t('nudgeName'),
          body: t('nudgeBody'),
        }),
        node('end-nudged', 'core.end', [5, 1], {}),
      ],
      edges: [
        edge('streak-7', 'grant-streak-bonus'),
        edge('grant-streak-bonus', 'award-streak-badge'),
        edge('award-streak-badge', 'send-streak'),
        edge('send-streak', 'end-streak', 'sent'),
        edge('check-in', 'checkin'),
        edge('checkin', 'grant-daily', 'counted'),
        edge('checkin', 'end-already-today', 'already_today'),
        edge('grant-daily', 'wait-next-check-in'),
        edge('wait-next-check-in', 'end-checked-in', 'event'),
        edge('wait-next-check-in', 'send-nudge', 'timeout'),
        edge('send-nudge', 'end-nudged', 'sent'),
      ],
      settings: { reentry: 'every', exitOn: [{ event: unsubscribed.name }], goal: null },
    };
  },
});
