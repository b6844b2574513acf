import { z } from 'zod';
import { segmentEntered } from '@wayfarer/events';
import { defineNodeType } from '../define';

/** The event a customer's entry into a segment is stored and routed as (see @wayfarer/routing). */
export const SEGMENT_ENTERED = segmentEntered.name;

/**
 * Starts the journey when a customer enters a segment. Entering is a fact stored as the event
 * `segment_entered` with `{ segmentId, segmentName }`, so this is an event trigger on it; leaving
 * (`segment_exited`) can end the journey through `settings.exitOn`.
 */
export const segmentTrigger = defineNodeType({
  type: 'core.trigger.segment',
  version: 1,
  kind: 'trigger',
  category: 'triggers',
  title: { en: 'When a customer enters a segment', 'zh-TW': '顧客進入分眾時', 'zh-CN': '顾客进入分群时' },
  description: {
    en: 'Customers enter when they start matching the segment’s rule.',
    'zh-TW': '顧客開始符合分眾條件時進入旅程。',
    'zh-CN': '顾客开始符合分群条件时进入旅程。',
  },
  config: z.object({
    segmentId: z.string().trim().min(1).describe('The segment'),
  }),
  ports: [{ name: 'out' }],
  references: (config) => [{ kind: 'segment', ref: config.segmentId, path: 'segmentId' }],
  trigger: (config) => ({
    on: 'event',
    event: SEGMENT_ENTERED,
    where: [{ path: 'segmentId', op: 'eq', value: config.segmentId }],
  }),
});
