import { z } from 'zod';
import { defineNodeType } from '../define';

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use 24-hour HH:MM, e.g. 09:00');

export const dateTriggerConfigSchema = z.object({
  attribute: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .describe('Customer attribute holding a date (YYYY-MM-DD or an ISO timestamp), e.g. birthday or signed_up_at'),
  // A year either way covers "a week before" and "a month after"; more would be another occurrence.
  offsetDays: z
    .number()
    .int()
    .min(-365)
    .max(365)
    .default(0)
    .describe('Days before (negative, e.g. -3) or after (positive) the date'),
  at: timeOfDay.default('09:00').describe("Local time in the customer's time zone"),
});
export type DateTriggerConfig = z.infer<typeof dateTriggerConfigSchema>;

/**
 * Starts the journey every year when a customer's date attribute comes round (birthday, signup
 * anniversary), `offsetDays` before or after it, at `at` in the customer's own time zone. A
 * Temporal Schedule per journey sweeps for due customers every 15 minutes.
 */
export const dateTrigger = defineNodeType({
  type: 'core.trigger.date',
  version: 1,
  kind: 'trigger',
  category: 'triggers',
  title: {
    en: 'On a date (birthday, anniversary)',
    'zh-TW': '特定日期（生日、週年）',
    'zh-CN': '特定日期（生日、周年）',
  },
  description: {
    en: 'Customers enter every year on a date in their profile, such as their birthday or signup anniversary, at a local time.',
    'zh-TW': '每年在顧客資料中的日期（如生日、註冊週年）當天，於顧客當地時間進入旅程。',
    'zh-CN': '每年在顾客资料中的日期（如生日、注册周年）当天，于顾客当地时间进入旅程。',
  },
  config: dateTriggerConfigSchema,
  ports: [{ name: 'out' }],
  trigger: (config) => ({ on: 'date', attribute: config.attribute, offsetDays: config.offsetDays, at: config.at }),
});
