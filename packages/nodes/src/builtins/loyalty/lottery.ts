import { z } from 'zod';
import { defineNodeType, type LocalizedText } from '../../define';

const prizeKey = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/);

/** The port a won prize follows. */
export function winPort(key: string): `win:${string}` {
  return `win:${key}`;
}

function winLabel(name: string): LocalizedText {
  return { en: `Won ${name}`, 'zh-TW': `抽中 ${name}`, 'zh-CN': `抽中 ${name}` };
}

/**
 * Draws once from a lottery; the draw is decided by the step visit's key, so a retried step lands
 * on the same prize, and a limited prize is never won beyond its stock. The lottery's prizes live
 * in the database; the config names them (the editor fills them in from the lottery) because each
 * prize is a port. A prize the lottery gained after publishing has no port: the step then fails.
 */
export const drawLotteryNode = defineNodeType({
  type: 'core.lottery.draw',
  version: 1,
  kind: 'action',
  category: 'rewards',
  title: { en: 'Lucky draw', 'zh-TW': '抽獎', 'zh-CN': '抽奖' },
  description: {
    en: 'Draw a prize from a lottery and follow the path of the prize won.',
    'zh-TW': '從抽獎活動抽出獎品，依抽中的獎品分流。',
    'zh-CN': '从抽奖活动抽出奖品，按抽中的奖品分流。',
  },
  config: z.object({
    lotteryId: z.uuid('Choose a lottery'),
    prizes: z
      .array(z.object({ key: prizeKey, name: z.string().trim().min(1).max(200).optional() }))
      .max(50)
      .refine((prizes) => new Set(prizes.map((prize) => prize.key)).size === prizes.length, 'Prize keys must differ')
      .default([]),
  }),
  ports: (config) => [
    ...config.prizes.map((prize) => ({ name: winPort(prize.key), label: winLabel(prize.name ?? prize.key) })),
    { name: 'lose', label: { en: 'No prize', 'zh-TW': '未中獎', 'zh-CN': '未中奖' } },
  ],
  references: (config) => [{ kind: 'lottery', ref: config.lotteryId, path: 'lotteryId' }],
  outputs: [
    { key: 'prizeName', label: { en: 'Prize won', 'zh-TW': '獲得的獎品', 'zh-CN': '获得的奖品' }, sample: '10% off' },
    {
      key: 'code',
      label: { en: 'Prize coupon code', 'zh-TW': '獎品優惠碼', 'zh-CN': '奖品优惠码' },
      sample: 'LUCKY-XY34ZW',
    },
    { key: 'points', label: { en: 'Prize points', 'zh-TW': '獎品點數', 'zh-CN': '奖品积分' }, sample: 100 },
  ],
  whenWithheld: () => 'lose',
  eventsRead: () => [],
});
