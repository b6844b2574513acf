import { segmentRuleSchema, type SegmentRule } from '@wayfarer/segments';
import { describe, expect, it } from 'vitest';
import { addItem, emptyTree, newCondition, removeItem, ruleToTree, treeToRule, updateItem } from './rule-tree';

const vipBuyers: SegmentRule = {
  type: 'all',
  rules: [
    { type: 'tag', tag: 'VIP', has: true },
    { type: 'event', event: 'purchase', where: [], count: { op: 'gte', value: 2 }, withinDays: 30 },
    { type: 'not', rule: { type: 'any', rules: [{ type: 'points', op: 'lt', value: 10 }] } },
  ],
};

describe('the rule tree', () => {
  it('round-trips a stored rule, "none of" as not(any)', () => {
    const tree = ruleToTree(vipBuyers);
    expect(tree.items[2]).toEqual({
      kind: 'group',
      mode: 'none',
      items: [{ kind: 'condition', condition: { type: 'points', op: 'lt', value: 10 } }],
    });
    expect(treeToRule(tree)).toEqual(vipBuyers);
  });

  it('wraps a lone condition, and a negated non-group, in a group', () => {
    const tag: SegmentRule = { type: 'tag', tag: 'VIP', has: true };
    expect(ruleToTree(tag)).toEqual({ kind: 'group', mode: 'all', items: [{ kind: 'condition', condition: tag }] });
    expect(treeToRule(ruleToTree({ type: 'not', rule: tag }))).toEqual({
      type: 'not',
      rule: { type: 'any', rules: [tag] },
    });
  });

  it('adds, updates and removes items at nested paths without touching the rest', () => {
    let tree = addItem(emptyTree(), [], { kind: 'group', mode: 'any', items: [] });
    tree = addItem(tree, [1], { kind: 'condition', condition: newCondition('points') });
    const untouched = tree.items[0];
    tree = updateItem(tree, [1, 0], () => ({ kind: 'condition', condition: { type: 'points', op: 'gt', value: 5 } }));
    expect(tree.items[0]).toBe(untouched);
    expect(treeToRule(tree)).toEqual({
      type: 'all',
      rules: [
        { type: 'tag', tag: '', has: true },
        { type: 'any', rules: [{ type: 'points', op: 'gt', value: 5 }] },
      ],
    });
    tree = removeItem(tree, [0]);
    expect(treeToRule(tree)).toEqual({
      type: 'all',
      rules: [{ type: 'any', rules: [{ type: 'points', op: 'gt', value: 5 }] }],
    });
    expect(removeItem(tree, [])).toBe(tree);
    expect(updateItem(tree, [7, 1], () => ({ kind: 'group', mode: 'all', items: [] }))).toBe(tree);
  });

  it('starts every condition type from a value the schema accepts once its blanks are filled', () => {
    const filled: SegmentRule[] = [
      { ...newCondition('attribute'), key: 'city', value: 'Taipei' } as SegmentRule,
      { ...newCondition('tag'), tag: 'VIP' } as SegmentRule,
      newCondition('points'),
      { ...newCondition('tier'), in: ['gold'] } as SegmentRule,
      { ...newCondition('event'), event: 'purchase' } as SegmentRule,
    ];
    for (const rule of filled) expect(segmentRuleSchema.safeParse(rule).success).toBe(true);
  });
});
