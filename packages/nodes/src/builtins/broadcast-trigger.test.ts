import { compileJourney, type JourneyGraphInput } from '@wayfarer/journey';
import { describe, expect, it } from 'vitest';
import { builtinEditors } from '../editor/builtins.editor';
import { createNodeRegistry } from '../registry';
import { builtinNodeTypes } from './index';

const registry = createNodeRegistry(builtinNodeTypes);

function graph(config: unknown): JourneyGraphInput {
  return {
    nodes: [
      { id: 'b', type: 'core.trigger.broadcast', data: { config } },
      { id: 'end', type: 'core.end' },
    ],
    edges: [{ id: 'e', source: 'b', sourceHandle: 'out', target: 'end' }],
  };
}

describe('core.trigger.broadcast', () => {
  it('compiles to a broadcast match on its segment', () => {
    const ir = compileJourney(graph({ segmentId: ' 7d6f2a9e-0000-4000-8000-000000000001 ' }), registry);
    expect(ir.ok && ir.value.triggers).toEqual([
      {
        stepId: 'b',
        type: 'core.trigger.broadcast',
        match: { on: 'broadcast', segmentId: '7d6f2a9e-0000-4000-8000-000000000001' },
      },
    ]);
  });

  it('needs a segment', () => {
    for (const config of [{}, { segmentId: ' ' }]) {
      const result = compileJourney(graph(config), registry);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems.map((problem) => problem.nodeId)).toContain('b');
    }
  });

  it('shows a segment picker in the editor and names itself in every language', () => {
    const editor = builtinEditors.find((facet) => facet.type === 'core.trigger.broadcast');
    expect(editor?.widgets).toEqual({ segmentId: 'segment' });
    expect(editor?.summary({ segmentId: 's' }, 'zh-TW')).toBe('群發給分眾時');
    expect(editor?.summary({ segmentId: 's' }, 'en')).toBe('When broadcast to a segment');
  });
});
