import { z } from 'zod';
import { comparisonOperators, comparisonSchema, type AssetReference } from '@wayfarer/journey';
import { valueTierKeys } from '@wayfarer/segments';
import { defineNodeType, sameInEveryLocale } from '../define';

const orderOps = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'] as const;
/** A tier or badge key of the loyalty program (issue 6). */
const loyaltyKey = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/);

/** One test in a branch; evaluated against the customer when the step runs. */
export const branchConditionSchema = z.discriminatedUnion('subject', [
  z.object({
    subject: z.literal('attribute'),
    path: z.string().trim().min(1).describe('Attribute name, e.g. tier'),
    op: z.enum(comparisonOperators),
    value: z.unknown().optional(),
  }),
  z.object({ subject: z.literal('tag'), op: z.enum(['has', 'has_not']), tag: z.string().trim().min(1) }),
  z.object({ subject: z.literal('points'), op: z.enum(orderOps), value: z.number() }),
  z.object({
    subject: z.literal('tier'),
    op: z.enum(['is', 'is_not']),
    tier: loyaltyKey.describe('Tier key, e.g. gold'),
  }),
  z.object({ subject: z.literal('badge'), op: z.enum(['has', 'has_not']), badgeKey: loyaltyKey }),
  z.object({
    subject: z.literal('valueTier'),
    op: z.enum(['is', 'is_not']),
    valueTier: z.enum(valueTierKeys).describe('Customer value tier, computed from purchases, spend and referrals'),
  }),
  z.object({
    subject: z.literal('segment'),
    op: z.enum(['member', 'not_member']),
    segmentId: z.string().trim().min(1).describe('The segment or list'),
  }),
  z.object({
    subject: z.literal('event'),
    op: z.enum(['received', 'not_received']).describe('Whether the customer did it since entering the journey'),
    event: z.string().trim().min(1),
    where: z.array(comparisonSchema).default([]),
  }),
]);
export type BranchCondition = z.infer<typeof branchConditionSchema>;

/** Splits customers into true / false by conditions on attributes, tags, points, tier, value tier, badges, segments and lists, and events. */
export const branchNode = defineNodeType({
  type: 'core.branch',
  version: 1,
  kind: 'branch',
  category: 'flow',
  title: { en: 'If / else', 'zh-TW': '條件分支', 'zh-CN': '条件分支' },
  description: {
    en: 'Send customers down the true or false path depending on their profile and behaviour.',
    'zh-TW': '依顧客資料與行為，分流到「是」或「否」路徑。',
    'zh-CN': '根据顾客资料与行为，分流到“是”或“否”路径。',
  },
  config: z.object({
    match: z.enum(['all', 'any']).default('all'),
    conditions: z.array(branchConditionSchema).min(1, 'Add at least one condition'),
  }),
  ports: [
    { name: 'true', label: { en: 'Yes', 'zh-TW': '是', 'zh-CN': '是' } },
    { name: 'false', label: { en: 'No', 'zh-TW': '否', 'zh-CN': '否' } },
  ],
  references: (config) => config.conditions.flatMap((condition, index) => conditionReferences(condition, index)),
  eventsRead: (config) =>
    config.conditions.flatMap((condition) => (condition.subject === 'event' ? [condition.event] : [])),
});

/** Tiers and badges a condition tests for must exist, or it could never be true. */
function conditionReferences(condition: BranchCondition, index: number): AssetReference[] {
  if (condition.subject === 'tier') return [{ kind: 'tier', ref: condition.tier, path: `conditions.${index}.tier` }];
  if (condition.subject === 'badge') {
    return [{ kind: 'badge', ref: condition.badgeKey, path: `conditions.${index}.badgeKey` }];
  }
  return [];
}

/** Random percentage split (A/B testing). Ports are `path_1` … `path_N`. */
export const splitNode = defineNodeType({
  type: 'core.split',
  version: 1,
  kind: 'branch',
  category: 'flow',
  title: { en: 'Random split', 'zh-TW': '隨機分流', 'zh-CN': '随机分流' },
  description: {
    en: 'Send a percentage of customers down each path, for A/B tests.',
    'zh-TW': '依百分比隨機分流顧客，用於 A/B 測試。',
    'zh-CN': '按百分比随机分流顾客，用于 A/B 测试。',
  },
  config: z.object({
    paths: z
      .array(z.object({ label: z.string().max(60).optional(), percent: z.number().min(0).max(100) }))
      .min(2, 'A split needs at least two paths')
      .max(10)
      .refine(
        (paths) => Math.abs(paths.reduce((sum, path) => sum + path.percent, 0) - 100) < 1e-9,
        'Percentages must add up to 100',
      ),
  }),
  ports: (config) =>
    config.paths.map((path, index) => ({
      name: `path_${index + 1}`,
      label: sameInEveryLocale(path.label ?? `${path.percent}%`),
    })),
  plan: (config) => ({
    op: 'split',
    branches: config.paths.map((path, index) => ({ port: `path_${index + 1}`, weight: path.percent })),
  }),
});
