import { z } from 'zod';
import { comparisonListSchema } from '@wayfarer/journey';
import { defineNodeType } from '../define';
import { durationSchema, durationToMs } from './duration';

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use 24-hour HH:MM, e.g. 09:00');

export const waitConfigSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('duration'), duration: durationSchema }),
  z.object({ mode: z.literal('time_of_day'), time: timeOfDay.describe("Local time in the customer's time zone") }),
  z.object({
    mode: z.literal('event'),
    event: z.string().trim().min(1),
    where: comparisonListSchema,
    timeout: durationSchema,
  }),
]);
export type WaitConfig = z.infer<typeof waitConfigSchema>;

/** Pauses the customer: for a while, until a local time of day, or until an event (with a timeout). */
export const waitNode = defineNodeType({
  type: 'core.wait',
  version: 1,
  kind: 'wait',
  category: 'flow',
  title: { en: 'Wait', 'zh-TW': '等待', 'zh-CN': '等待' },
  description: {
    en: 'Wait for a duration, until a time of day in the customer’s time zone, or until they do something.',
    'zh-TW': '等待一段時間、等到顧客當地的某個時刻，或等到顧客完成某個行為。',
    'zh-CN': '等待一段时间、等到顾客当地的某个时刻，或等到顾客完成某个行为。',
  },
  config: waitConfigSchema,
  ports: (config) =>
    config.mode === 'event'
      ? [
          { name: 'event', label: { en: 'Event happened', 'zh-TW': '事件發生', 'zh-CN': '事件发生' } },
          { name: 'timeout', label: { en: 'Timed out', 'zh-TW': '逾時', 'zh-CN': '超时' } },
        ]
      : [{ name: 'out' }],
  plan: (config) => {
    switch (config.mode) {
      case 'duration':
        return { op: 'sleep', ms: durationToMs(config.duration), port: 'out' };
      case 'time_of_day':
        return { op: 'activity' };
      case 'event':
        return {
          op: 'await-event',
          event: config.event,
          where: config.where,
          timeoutMs: durationToMs(config.timeout),
          eventPort: 'event',
          timeoutPort: 'timeout',
        };
      default: {
        const unreachable: never = config;
        return unreachable;
      }
    }
  },
  eventsRead: () => [],
});
