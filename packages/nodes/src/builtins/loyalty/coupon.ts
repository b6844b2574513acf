import { z } from 'zod';
import { defineNodeType } from '../../define';

/**
 * Gives the customer one coupon from a pool. The code is the step's output, so a later message can
 * say `{{ steps.<this step id>.code }}`. A pool outside its validity window has no coupon to give
 * either, so it follows `out_of_stock` too.
 */
export const issueCouponNode = defineNodeType({
  type: 'core.coupon.issue',
  version: 1,
  kind: 'action',
  category: 'rewards',
  title: { en: 'Issue coupon', 'zh-TW': '發放優惠券', 'zh-CN': '发放优惠券' },
  description: {
    en: 'Give the customer a coupon code from a coupon pool.',
    'zh-TW': '從優惠券池發放一組優惠碼給顧客。',
    'zh-CN': '从优惠券池发放一个优惠码给顾客。',
  },
  config: z.object({ poolId: z.uuid('Choose a coupon pool') }),
  ports: [
    { name: 'issued', label: { en: 'Issued', 'zh-TW': '已發放', 'zh-CN': '已发放' } },
    { name: 'out_of_stock', label: { en: 'Out of stock', 'zh-TW': '已發完', 'zh-CN': '已发完' }, required: false },
    {
      name: 'limit_reached',
      label: { en: 'Limit reached', 'zh-TW': '已達領取上限', 'zh-CN': '已达领取上限' },
      required: false,
    },
  ],
  references: (config) => [{ kind: 'coupon_pool', ref: config.poolId, path: 'poolId' }],
  outputs: [
    { key: 'code', label: { en: 'Coupon code', 'zh-TW': '優惠碼', 'zh-CN': '优惠码' }, sample: 'SPRING-4F7K' },
    {
      key: 'expiresAt',
      label: { en: 'Coupon expiry', 'zh-TW': '優惠券到期時間', 'zh-CN': '优惠券到期时间' },
      sample: '2026-12-31T15:59:59.000Z',
    },
  ],
  whenWithheld: () => 'issued',
  eventsRead: () => [],
});
