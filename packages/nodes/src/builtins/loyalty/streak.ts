import { z } from 'zod';
import { defineNodeType } from '../../define';

/**
 * Counts a check-in towards a streak of consecutive days in the customer's time zone. Reaching a
 * milestone or breaking a streak is stored as a `streak_reached` / `streak_broken` event, so other
 * journeys can start on it and branches can test it.
 */
export const checkInNode = defineNodeType({
  type: 'core.streak.check-in',
  version: 1,
  kind: 'action',
  category: 'rewards',
  title: { en: 'Check in', 'zh-TW': '簽到', 'zh-CN': '签到' },
  description: {
    en: 'Count today towards the customer’s streak of consecutive days.',
    'zh-TW': '將今天計入顧客的連續簽到天數。',
    'zh-CN': '将今天计入顾客的连续签到天数。',
  },
  config: z.object({
    streakKey: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/)
      .default('daily'),
    milestones: z
      .array(z.number().int().min(1).max(3650))
      .max(20)
      .default([3, 7, 14, 30])
      .describe('Streak lengths (days) that count as milestones'),
  }),
  ports: [
    { name: 'counted', label: { en: 'Counted', 'zh-TW': '已計入', 'zh-CN': '已计入' } },
    {
      name: 'already_today',
      label: { en: 'Already checked in today', 'zh-TW': '今天已簽到', 'zh-CN': '今天已签到' },
      required: false,
    },
  ],
  outputs: [
    { key: 'current', label: { en: 'Days in a row', 'zh-TW': '連續天數', 'zh-CN': '连续天数' }, sample: 7 },
    { key: 'longest', label: { en: 'Longest streak', 'zh-TW': '最長連續天數', 'zh-CN': '最长连续天数' }, sample: 12 },
  ],
  eventsRead: () => [],
});
