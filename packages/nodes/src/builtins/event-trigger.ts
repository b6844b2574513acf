import { z } from 'zod';
import { comparisonListSchema } from '@wayfarer/journey';
import { defineNodeType } from '../define';
import { eventFilterReferences } from './event-references';

/** Starts the journey when a tracked event with matching properties arrives. */
export const eventTrigger = defineNodeType({
  type: 'core.trigger.event',
  version: 1,
  kind: 'trigger',
  category: 'triggers',
  title: { en: 'When an event happens', 'zh-TW': '當事件發生時', 'zh-CN': '当事件发生时' },
  description: {
    en: 'Customers enter when they perform an event, optionally filtered by its properties.',
    'zh-TW': '顧客觸發事件（可依屬性篩選）時進入旅程。',
    'zh-CN': '顾客触发事件（可按属性筛选）时进入旅程。',
  },
  config: z.object({
    event: z.string().trim().min(1).describe('Event name, e.g. purchase'),
    where: comparisonListSchema.describe('Conditions on the event properties'),
  }),
  ports: [{ name: 'out' }],
  references: (config) => eventFilterReferences(config.event, config.where, 'where'),
  trigger: (config) => ({ on: 'event', event: config.event, where: config.where }),
});

/** Starts the journey only when the API asks for a customer to enter. */
export const apiTrigger = defineNodeType({
  type: 'core.trigger.api',
  version: 1,
  kind: 'trigger',
  category: 'triggers',
  title: { en: 'Started by API', 'zh-TW': '由 API 啟動', 'zh-CN': '由 API 启动' },
  description: {
    en: 'Customers enter when your system starts the journey for them through the API.',
    'zh-TW': '由您的系統透過 API 讓顧客進入旅程。',
    'zh-CN': '由您的系统通过 API 让顾客进入旅程。',
  },
  config: z.object({}),
  ports: [{ name: 'out' }],
  trigger: () => ({ on: 'api' }),
});
