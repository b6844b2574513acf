import { z } from 'zod';
import { defineNodeType } from '../../define';

/** Awards a badge; a customer holds each badge once, so awarding a held badge changes nothing. */
export const awardBadgeNode = defineNodeType({
  type: 'core.badge.award',
  version: 1,
  kind: 'action',
  category: 'rewards',
  title: { en: 'Award badge', 'zh-TW': '頒發徽章', 'zh-CN': '颁发徽章' },
  description: {
    en: 'Give the customer a badge (once; customers keep their badges).',
    'zh-TW': '頒發徽章給顧客（每個徽章只頒發一次）。',
    'zh-CN': '颁发徽章给顾客（每个徽章只颁发一次）。',
  },
  config: z.object({
    badgeKey: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'Use the badge key, e.g. early-bird'),
  }),
  ports: [{ name: 'out' }],
  references: (config) => [{ kind: 'badge', ref: config.badgeKey, path: 'badgeKey' }],
  whenWithheld: () => 'out',
  eventsRead: () => [],
});
