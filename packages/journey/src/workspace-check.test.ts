import { describe, expect, it } from 'vitest';
import { compileJourney } from './compile';
import type { JourneyIR } from './ir.schema';
import { edge, node, testRegistry } from './test-node-types';
import { checkWorkspace, journeyReferences } from './workspace-check';

function compiled(sendConfig: Record<string, unknown>, failedEdge = false): JourneyIR {
  const result = compileJourney(
    {
      nodes: [
        node('start', 'test.trigger', { event: 'joined' }),
        node('send', 'test.send', sendConfig),
        node('next', 'test.end'),
        node('fallback', 'test.end'),
      ].slice(0, failedEdge ? 4 : 3),
      edges: [
        edge('start', 'send'),
        edge('send', 'next', 'sent'),
        ...(failedEdge ? [edge('send', 'fallback', 'failed')] : []),
      ],
    },
    testRegistry(),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('unconnected ports with a fallback', () => {
  it('lead where the fallback port leads, so the customer carries on', () => {
    expect(compiled({ channel: 'line' }).steps.send?.next).toEqual({ sent: 'next', failed: 'next' });
  });

  it('branch where they are connected', () => {
    expect(compiled({ channel: 'line' }, true).steps.send?.next).toEqual({ sent: 'next', failed: 'fallback' });
  });
});

describe('checkWorkspace', () => {
  const registry = testRegistry();

  it('lists every asset the steps name, with the step and field', () => {
    expect(journeyReferences(compiled({ channel: 'line', badge: 'vip' }), registry)).toEqual([
      { stepId: 'send', kind: 'channel', ref: 'line', path: 'channel' },
      { stepId: 'send', kind: 'badge', ref: 'vip', path: 'badge' },
    ]);
  });

  it('finds nothing when every referenced asset exists', () => {
    const assets = { existing: { channel: ['line'], badge: ['vip'] } };
    expect(checkWorkspace(compiled({ channel: 'line', badge: 'vip' }), registry, assets)).toEqual([]);
  });

  it('refuses a channel the workspace has not connected and an asset it does not have, naming step and field', () => {
    const problems = checkWorkspace(compiled({ channel: 'email', badge: 'gold' }), registry, {
      existing: { channel: ['line'], badge: ['vip'] },
    });
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'channel_not_connected',
        nodeId: 'send',
        path: 'channel',
        params: { kind: 'channel', ref: 'email' },
      }),
      expect.objectContaining({
        code: 'missing_asset',
        nodeId: 'send',
        path: 'badge',
        params: { kind: 'badge', ref: 'gold' },
      }),
    ]);
    expect(problems.every((problem) => problem.severity === undefined)).toBe(true);
    expect(problems[1]?.message).toContain('badge "gold"');
  });

  it('allows a test-only channel with a warning', () => {
    const problems = checkWorkspace(compiled({ channel: 'outbox' }), registry, {
      existing: {},
      testOnly: { channel: ['outbox'] },
    });
    expect(problems).toEqual([expect.objectContaining({ code: 'test_channel', severity: 'warning', nodeId: 'send' })]);
  });

  it('passes on the node types’ warnings as warnings of their step', () => {
    const problems = checkWorkspace(compiled({ channel: 'line', risky: true }), registry, {
      existing: { channel: ['line'] },
    });
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'attribute_may_be_missing',
        severity: 'warning',
        nodeId: 'send',
        params: { attribute: 'name' },
      }),
    ]);
  });
});
