import { z } from 'zod';
import { defineNodeType } from '../../define';

/** Recomputes the customer's membership tier from the workspace's tier rules. */
export const evaluateTierNode = defineNodeType({
  type: 'core.tier.evaluate',
  version: 1,
  kind: 'action',
  category: 'rewards',
  title: { en: 'Evaluate tier', 'zh-TW': '評估會員等級', 'zh-CN': '评估会员等级' },
  description: {
    en: 'Recompute the customer’s membership tier and follow the path for how it moved.',
    'zh-TW': '重新計算顧客的會員等級，依升級、降級或不變分流。',
    'zh-CN': '重新计算顾客的会员等级，按升级、降级或不变分流。',
  },
  config: z.object({}),
  ports: [
    { name: 'upgraded', label: { en: 'Upgraded', 'zh-TW': '升級', 'zh-CN': '升级' } },
    { name: 'downgraded', label: { en: 'Downgraded', 'zh-TW': '降級', 'zh-CN': '降级' }, required: false },
    { name: 'same', label: { en: 'Unchanged', 'zh-TW': '不變', 'zh-CN': '不变' }, required: false },
  ],
  outputs: [
    { key: 'tier', label: { en: 'Tier now', 'zh-TW': '目前等級', 'zh-CN': '当前等级' }, sample: 'Gold' },
    { key: 'previousTier', label: { en: 'Tier before', 'zh-TW': '先前等級', 'zh-CN': '先前等级' }, sample: 'Silver' },
  ],
  eventsRead: () => [],
});
