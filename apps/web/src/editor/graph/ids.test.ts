import { describe, expect, it } from 'vitest';
import { createIdAllocator, idStem } from './ids';
import { graphOf, node } from './test-graph';

describe('idStem', () => {
  it('drops the namespace and keeps a readable stem', () => {
    expect(idStem('core.send')).toBe('send');
    expect(idStem('core.trigger.event')).toBe('trigger-event');
    expect(idStem('acme.ERP_sync')).toBe('erp-sync');
    expect(idStem('...')).toBe('node');
  });
});

describe('createIdAllocator', () => {
  it('numbers node ids above the highest existing one and never repeats', () => {
    const ids = createIdAllocator(
      graphOf([node('send-1', 'core.send'), node('send-7', 'core.send'), node('send-x', 'core.send')]),
    );
    expect(ids.node('core.send')).toBe('send-8');
    expect(ids.node('core.send')).toBe('send-9');
    expect(ids.node('core.wait')).toBe('wait-1');
  });

  it('names edges after their source port and suffixes taken names', () => {
    const graph = graphOf([], [{ id: 'e-a-out', source: 'a', sourceHandle: 'out', target: 'b' }]);
    const ids = createIdAllocator(graph);
    expect(ids.edge('a', 'out')).toBe('e-a-out-2');
    expect(ids.edge('a', 'out')).toBe('e-a-out-3');
    expect(ids.edge('b', 'true')).toBe('e-b-true');
  });
});
