import type { SegmentCondition, SegmentRule } from '@wayfarer/segments';

// The rule builder edits a tree of groups, each "all", "any" or "none" of its items, which reads
// better to a marketer than the stored and/or/not: "none of" is stored as `not(any(...))`.

export type GroupMode = 'all' | 'any' | 'none';
export type ConditionType = SegmentCondition['type'];

export interface RuleGroup {
  kind: 'group';
  mode: GroupMode;
  items: RuleItem[];
}

export type RuleItem = RuleGroup | { kind: 'condition'; condition: SegmentCondition };

/** Where an item sits: indexes from the root group down. `[]` is the root. */
export type ItemPath = readonly number[];

function itemOf(rule: SegmentRule): RuleItem {
  switch (rule.type) {
    case 'all':
    case 'any':
      return { kind: 'group', mode: rule.type, items: rule.rules.map(itemOf) };
    case 'not': {
      const inner = rule.rule;
      const items = inner.type === 'any' ? inner.rules.map(itemOf) : [itemOf(inner)];
      return { kind: 'group', mode: 'none', items };
    }
    default:
      return { kind: 'condition', condition: rule };
  }
}

/** The stored rule as the builder shows it: always a group at the root. */
export function ruleToTree(rule: SegmentRule): RuleGroup {
  const item = itemOf(rule);
  return item.kind === 'group' ? item : { kind: 'group', mode: 'all', items: [item] };
}

/** The tree as stored. */
export function treeToRule(item: RuleItem): SegmentRule {
  if (item.kind === 'condition') return item.condition;
  const rules = item.items.map(treeToRule);
  switch (item.mode) {
    case 'all':
    case 'any':
      return { type: item.mode, rules };
    case 'none':
      return { type: 'not', rule: { type: 'any', rules } };
    default: {
      const unknownMode: never = item.mode;
      throw new Error(`Unknown group mode: ${String(unknownMode)}`);
    }
  }
}

/** A new condition of `type`, filled with what a marketer most often means. */
export function newCondition(type: ConditionType): SegmentCondition {
  switch (type) {
    case 'attribute':
      return { type, key: '', op: 'eq', value: '' };
    case 'tag':
      return { type, tag: '', has: true };
    case 'points':
      return { type, op: 'gte', value: 100 };
    case 'tier':
      return { type, in: [], negate: false };
    case 'valueTier':
      return { type, in: ['strategic', 'high_value'], negate: false };
    case 'event':
      return { type, event: '', where: [], count: { op: 'gte', value: 1 }, withinDays: 30 };
    case 'list':
      return { type, listId: '', negate: false };
    default: {
      const unknownType: never = type;
      throw new Error(`Unknown condition type: ${String(unknownType)}`);
    }
  }
}

/** A fresh rule: all of one empty tag condition. */
export function emptyTree(): RuleGroup {
  return { kind: 'group', mode: 'all', items: [{ kind: 'condition', condition: newCondition('tag') }] };
}

/** Replaces the item at `path` (the root when `path` is empty); the root stays a group. */
export function updateItem(root: RuleGroup, path: ItemPath, update: (item: RuleItem) => RuleItem): RuleGroup {
  const [head, ...rest] = path;
  if (head === undefined) {
    const next = update(root);
    return next.kind === 'group' ? next : { kind: 'group', mode: 'all', items: [next] };
  }
  const child = root.items[head];
  if (child === undefined) return root;
  const next = rest.length === 0 ? update(child) : child.kind === 'group' ? updateItem(child, rest, update) : child;
  if (next === child) return root;
  return { ...root, items: root.items.map((item, index) => (index === head ? next : item)) };
}

/** Appends an item to the group at `groupPath`. */
export function addItem(root: RuleGroup, groupPath: ItemPath, item: RuleItem): RuleGroup {
  return updateItem(root, groupPath, (group) =>
    group.kind === 'group' ? { ...group, items: [...group.items, item] } : group,
  );
}

/** Removes the item at `path` (the root cannot be removed). */
export function removeItem(root: RuleGroup, path: ItemPath): RuleGroup {
  const parent = path.slice(0, -1);
  const index = path[path.length - 1];
  if (index === undefined) return root;
  return updateItem(root, parent, (group) =>
    group.kind === 'group' ? { ...group, items: group.items.filter((_, at) => at !== index) } : group,
  );
}
