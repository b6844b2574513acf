import { z } from 'zod';
import { defineNodeType, durationSchema, durationToMs } from '@wayfarer/nodes';
import { cardNameSchema } from './card-name';

/**
 * The event the stamp card step records when a card fills up (before it restarts), with
 * `{ card, size }`: journeys can wait for it, branch on it or start on it like any customer event.
 */
export const STAMP_CARD_COMPLETED = 'stamp_card_completed';

/** Waits until the customer fills a stamp card (recorded by any journey's stamp card step). */
export const cardCompletedWait = defineNodeType({
  type: 'example.wait.card-completed',
  version: 1,
  kind: 'wait',
  category: 'custom',
  title: { en: 'Wait for a full stamp card', 'zh-TW': '等待集滿集點卡', 'zh-CN': '等待集满集点卡' },
  description: {
    en: 'Waits until the customer fills the card, or until the time runs out.',
    'zh-TW': '等到顧客集滿集點卡，或等到逾時。',
    'zh-CN': '等到顾客集满集点卡，或等到超时。',
  },
  config: z.object({
    card: cardNameSchema,
    timeout: durationSchema.describe('Give up after'),
  }),
  ports: [
    { name: 'completed', label: { en: 'Card full', 'zh-TW': '已集滿', 'zh-CN': '已集满' } },
    { name: 'timed_out', label: { en: 'Timed out', 'zh-TW': '逾時', 'zh-CN': '超时' } },
  ],
  // The interpreter waits in the workflow; the event reaches it because the plan names it.
  planOnly: true,
  plan: (config) => ({
    op: 'await-event',
    event: STAMP_CARD_COMPLETED,
    where: [{ path: 'card', op: 'eq', value: config.card }],
    timeoutMs: durationToMs(config.timeout),
    eventPort: 'completed',
    timeoutPort: 'timed_out',
  }),
});
