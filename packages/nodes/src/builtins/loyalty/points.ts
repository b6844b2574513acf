import { z } from 'zod';
import { defineNodeType } from '../../define';

const reason = z.string().trim().min(1).max(200);

/**
 * Grants loyalty points as a lot that expires `expiresInMonths` after the grant, exactly once per
 * step visit. Version 2 added the expiry; an omitted expiry never expires, which is what version 1
 * meant (and what journeys compiled before version 2 still carry).
 */
export const grantPointsNode = defineNodeType({
  type: 'core.reward.points',
  version: 2,
  kind: 'action',
  category: 'rewards',
  title: { en: 'Grant points', 'zh-TW': '贈送點數', 'zh-CN': '赠送积分' },
  description: {
    en: 'Add loyalty points to the customer’s balance, optionally expiring after some months.',
    'zh-TW': '為顧客增加會員點數，可設定幾個月後到期。',
    'zh-CN': '为顾客增加会员积分，可设置几个月后过期。',
  },
  config: z.object({
    points: z.number().int().positive().max(1_000_000),
    reason: reason.default('journey reward'),
    expiresInMonths: z.number().int().min(1).max(120).optional().describe('Months until the points expire'),
  }),
  ports: [{ name: 'out' }],
  outputs: [
    { key: 'balance', label: { en: 'Points balance', 'zh-TW': '點數餘額', 'zh-CN': '积分余额' }, sample: 1200 },
  ],
  whenWithheld: () => 'out',
  // Version 1 had no expiry: its points never expire, as an omitted expiry means in version 2.
  migrations: { 1: (config) => config },
  eventsRead: () => [],
});

/** Takes points off the balance; without enough points nothing is taken and `insufficient` follows. */
export const deductPointsNode = defineNodeType({
  type: 'core.points.deduct',
  version: 1,
  kind: 'action',
  category: 'rewards',
  title: { en: 'Deduct points', 'zh-TW': '扣除點數', 'zh-CN': '扣除积分' },
  description: {
    en: 'Take loyalty points off the customer’s balance (oldest points first).',
    'zh-TW': '從顧客的會員點數中扣除（先扣最早取得的點數）。',
    'zh-CN': '从顾客的会员积分中扣除（先扣最早获得的积分）。',
  },
  config: z.object({
    points: z.number().int().positive().max(1_000_000),
    reason: reason.default('journey redemption'),
  }),
  ports: [
    { name: 'ok', label: { en: 'Deducted', 'zh-TW': '已扣除', 'zh-CN': '已扣除' } },
    {
      name: 'insufficient',
      label: { en: 'Not enough points', 'zh-TW': '點數不足', 'zh-CN': '积分不足' },
      required: false,
    },
  ],
  // Held-out customers take no rewards, so they redeem nothing either.
  whenWithheld: () => 'ok',
  eventsRead: () => [],
});
