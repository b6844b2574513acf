import { describe, expect, it } from 'vitest';
import { segmentRuleSchema } from './rule.schema';

describe('segmentRuleSchema', () => {
  it('reads nested and/or/not rules with defaults filled in', () => {
    const rule = segmentRuleSchema.parse({
      type: 'all',
      rules: [
        { type: 'tag', tag: 'VIP' },
        { type: 'not', rule: { type: 'event', event: 'opened', count: { op: 'eq', value: 0 }, withinDays: 60 } },
      ],
    });
    expect(rule).toEqual({
      type: 'all',
      rules: [
        { type: 'tag', tag: 'VIP', has: true },
        {
          type: 'not',
          rule: { type: 'event', event: 'opened', where: [], count: { op: 'eq', value: 0 }, withinDays: 60 },
        },
      ],
    });
  });

  it('reads a value-tier condition over the five tiers, negate defaulting to false', () => {
    expect(segmentRuleSchema.parse({ type: 'valueTier', in: ['strategic', 'high_value'] })).toEqual({
      type: 'valueTier',
      in: ['strategic', 'high_value'],
      negate: false,
    });
    expect(segmentRuleSchema.safeParse({ type: 'valueTier', in: ['vip'] }).success).toBe(false);
    expect(segmentRuleSchema.safeParse({ type: 'valueTier', in: [] }).success).toBe(false);
  });

  it('refuses an unknown condition type and names where it is', () => {
    const result = segmentRuleSchema.safeParse({ type: 'any', rules: [{ type: 'zodiac', sign: 'leo' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['rules', 0, 'type']);
  });
});
