import { describe, expect, it } from 'vitest';
import { pathHighlight } from './path-highlight';

describe('pathHighlight', () => {
  const edges = [
    { id: 'e1', source: 'trigger-1', sourceHandle: 'out' },
    { id: 'e2', source: 'branch-1', sourceHandle: 'true' },
    { id: 'e3', source: 'branch-1', sourceHandle: 'false' },
    { id: 'e4', source: 'send-1', sourceHandle: 'sent' },
  ];

  it('marks the steps visited and the edges of the ports they were left by', () => {
    const highlight = pathHighlight(
      [
        { stepId: 'trigger-1', port: 'out' },
        { stepId: 'branch-1', port: 'false' },
        { stepId: 'wait-1', port: null },
      ],
      edges,
    );
    expect([...highlight.nodes]).toEqual(['trigger-1', 'branch-1', 'wait-1']);
    expect([...highlight.edges]).toEqual(['e1', 'e3']);
  });

  it('takes both edges of a step visited twice by different ports', () => {
    const highlight = pathHighlight(
      [
        { stepId: 'branch-1', port: 'false' },
        { stepId: 'branch-1', port: 'true' },
      ],
      edges,
    );
    expect([...highlight.nodes]).toEqual(['branch-1']);
    expect([...highlight.edges].sort()).toEqual(['e2', 'e3']);
  });
});
