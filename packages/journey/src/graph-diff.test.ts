import { describe, expect, it } from 'vitest';
import { summarizeGraphChanges } from './graph-diff';
import { journeyGraphSchema, type JourneyGraph, type JourneyGraphInput } from './graph.schema';

const graph = (input: JourneyGraphInput): JourneyGraph => journeyGraphSchema.parse(input);

const live = graph({
  nodes: [
    { id: 't', type: 'core.trigger.event', data: { config: { event: 'signup' } } },
    { id: 'w', type: 'core.wait', data: { config: { mode: 'duration', duration: { amount: 1, unit: 'days' } } } },
    { id: 's', type: 'core.send', data: { config: { name: 'Welcome', body: 'Hi' } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 't', sourceHandle: 'out', target: 'w' },
    { id: 'e2', source: 'w', sourceHandle: 'out', target: 's' },
    { id: 'e3', source: 's', sourceHandle: 'sent', target: 'end' },
  ],
});

describe('summarizeGraphChanges', () => {
  it('reports nothing for the same graph, however the cards were moved or edges renamed', () => {
    const moved = {
      ...live,
      nodes: live.nodes.map((node) => ({ ...node, position: { x: node.position.x + 99, y: 7 } })),
      edges: live.edges.map((edge) => ({ ...edge, id: `x-${edge.id}` })),
    };
    const changes = summarizeGraphChanges(live, moved);
    expect(changes.unchanged).toBe(true);
    expect(changes.nodesChanged).toEqual([]);
  });

  it('lists added and removed nodes with their types and labels', () => {
    const draft = graph({
      ...live,
      nodes: [
        ...live.nodes.filter((node) => node.id !== 'w'),
        { id: 'tag-1', type: 'core.tag', data: { config: { add: ['vip'] }, label: 'Mark VIP' } },
      ],
    });
    const changes = summarizeGraphChanges(live, draft);
    expect(changes.nodesAdded).toEqual([{ id: 'tag-1', type: 'core.tag', label: 'Mark VIP' }]);
    expect(changes.nodesRemoved).toEqual([{ id: 'w', type: 'core.wait' }]);
    expect(changes.unchanged).toBe(false);
  });

  it('names the config fields that changed, ignoring key order', () => {
    const draft = graph({
      ...live,
      nodes: live.nodes.map((node) => {
        if (node.id === 'w')
          return { ...node, data: { config: { duration: { unit: 'days', amount: 3 }, mode: 'duration' } } };
        if (node.id === 't') return { ...node, data: { config: { where: [], event: 'signup' } } };
        if (node.id === 's') return { ...node, data: { config: { body: 'Hi', name: 'Welcome' }, label: 'Hello' } };
        return node;
      }),
    });
    expect(summarizeGraphChanges(live, draft).nodesChanged).toEqual([
      { id: 't', type: 'core.trigger.event', fields: ['where'] },
      { id: 'w', type: 'core.wait', fields: ['duration'] },
      { id: 's', type: 'core.send', label: 'Hello', fields: ['label'] },
    ]);
  });

  it('tells rewired ports apart from added and removed edges', () => {
    const draft = graph({
      ...live,
      nodes: [...live.nodes, { id: 'end-2', type: 'core.end' }],
      edges: [
        { id: 'e1', source: 't', sourceHandle: 'out', target: 's' },
        { id: 'e3', source: 's', sourceHandle: 'sent', target: 'end' },
        { id: 'e4', source: 's', sourceHandle: 'failed', target: 'end-2' },
      ],
    });
    const changes = summarizeGraphChanges(live, draft);
    expect(changes.edgesRewired).toEqual([{ source: 't', sourceHandle: 'out', target: 's', previousTarget: 'w' }]);
    expect(changes.edgesAdded).toEqual([{ source: 's', sourceHandle: 'failed', target: 'end-2' }]);
    expect(changes.edgesRemoved).toEqual([{ source: 'w', sourceHandle: 'out', target: 's' }]);
  });

  it('treats a first publish as everything added', () => {
    const changes = summarizeGraphChanges(null, live);
    expect(changes.nodesAdded.map((node) => node.id)).toEqual(['t', 'w', 's', 'end']);
    expect(changes.edgesAdded).toHaveLength(3);
    expect(changes.settingsChanged).toBe(false);
  });

  it('notices journey settings changes', () => {
    const draft = graph({ ...live, settings: { ...live.settings, reentry: 'always' } });
    expect(summarizeGraphChanges(live, draft)).toMatchObject({ settingsChanged: true, unchanged: false });
  });

  it('handles configs that are not objects', () => {
    const before = graph({ nodes: [{ id: 'a', type: 'x', data: { config: 1 } }] });
    const after = graph({ nodes: [{ id: 'a', type: 'x', data: { config: 2 } }] });
    expect(summarizeGraphChanges(before, after).nodesChanged).toEqual([{ id: 'a', type: 'x', fields: ['config'] }]);
  });
});
