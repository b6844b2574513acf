import { describe, expect, it } from 'vitest';
import { addNodes, moveNodes, setNodeLabel, updateConfig } from './node-ops';
import { chain, node } from './test-graph';

describe('node operations', () => {
  it('adds nodes and leaves the input untouched', () => {
    const before = chain();
    const after = addNodes(before, [node('tag-1', 'core.tag', { add: ['vip'] })]);
    expect(after.nodes.map((n) => n.id)).toEqual(['t', 'w', 'end', 'tag-1']);
    expect(before.nodes).toHaveLength(3);
    expect(addNodes(before, [])).toBe(before);
  });

  it('moves only the nodes whose position changed', () => {
    const before = chain();
    const after = moveNodes(
      before,
      new Map([
        ['w', { x: 10, y: 20 }],
        ['t', { x: 0, y: 0 }],
      ]),
    );
    expect(after.nodes[1]?.position).toEqual({ x: 10, y: 20 });
    expect(after.nodes[0]).toBe(before.nodes[0]);
    expect(moveNodes(before, new Map([['t', { x: 0, y: 0 }]]))).toBe(before);
  });

  it('updates one config, keeping other nodes by identity', () => {
    const before = chain();
    const config = { mode: 'duration', duration: { amount: 3, unit: 'days' } };
    const after = updateConfig(before, 'w', config);
    expect(after.nodes[1]?.data.config).toBe(config);
    expect(after.nodes[2]).toBe(before.nodes[2]);
    expect(updateConfig(after, 'w', config)).toBe(after);
  });

  it('sets and clears a label', () => {
    const named = setNodeLabel(chain(), 'w', 'Cool ');
    expect(named.nodes[1]?.data.label).toBe('Cool ');
    expect(setNodeLabel(named, 'w', 'Cool ')).toBe(named);
    expect(setNodeLabel(named, 'w', '  ').nodes[1]?.data).not.toHaveProperty('label');
  });
});
