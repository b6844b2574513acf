import { z } from 'zod';
import { defineNodeType } from '../define';

/** Grants loyalty points, exactly once per step visit. */
export const grantPointsNode = defineNodeType({
  type: 'core.reward.points',
  version: 1,
  kind: 'action',
  category: 'rewards',
  title: { en: 'Grant points', 'zh-TW': '贈送點數', 'zh-CN': '赠送积分' },
  description: {
    en: 'Add loyalty points to the customer’s balance.',
    'zh-TW': '為顧客增加會員點數。',
    'zh-CN': '为顾客增加会员积分。',
  },
  config: z.object({
    points: z.number().int().positive().max(1_000_000),
    reason: z.string().trim().min(1).max(200).default('journey reward'),
  }),
  ports: [{ name: 'out' }],
});

/** Ends the journey for the customer. */
export const endNode = defineNodeType({
  type: 'core.end',
  version: 1,
  kind: 'end',
  category: 'flow',
  title: { en: 'End', 'zh-TW': '結束', 'zh-CN': '结束' },
  description: { en: 'The customer leaves the journey.', 'zh-TW': '顧客離開旅程。', 'zh-CN': '顾客离开旅程。' },
  config: z.object({}),
  ports: [],
});
