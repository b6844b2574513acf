import { z } from 'zod';
import { defineNodeType } from '../define';

// `core.reward.points` moved to loyalty/points.ts (version 2, issue 6); re-exported for old imports.
export { grantPointsNode } from './loyalty/points';

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
