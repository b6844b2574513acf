import { z } from 'zod';
import { defineNodeType } from '../define';

/**
 * Starts the journey for every member of a segment when a marketer broadcasts it, now or at a set
 * time. The broadcast itself (when, how fast) is started from the journey, not configured here.
 */
export const broadcastTrigger = defineNodeType({
  type: 'core.trigger.broadcast',
  version: 1,
  kind: 'trigger',
  category: 'triggers',
  title: { en: 'Broadcast to a segment', 'zh-TW': '群發給分眾', 'zh-CN': '群发给分群' },
  description: {
    en: 'Every member of the segment enters when you start a broadcast, now or at a scheduled time.',
    'zh-TW': '開始群發時（立即或排程），分眾內的每位顧客都會進入旅程。',
    'zh-CN': '开始群发时（立即或定时），分群内的每位顾客都会进入旅程。',
  },
  config: z.object({
    segmentId: z.string().trim().min(1).describe('The segment whose members receive the broadcast'),
  }),
  ports: [{ name: 'out' }],
  references: (config) => [{ kind: 'segment', ref: config.segmentId, path: 'segmentId' }],
  trigger: (config) => ({ on: 'broadcast', segmentId: config.segmentId }),
});
