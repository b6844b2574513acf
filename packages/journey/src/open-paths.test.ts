import { describe, expect, it } from 'vitest';
import { compileJourney } from './compile';
import { endedByOpenPaths, endingPorts } from './open-paths';
import { edge, node, testRegistry } from './test-node-types';

// trigger → action → branch, with no End step anywhere: every open port ends the journey.
const withoutEnds = {
  name: 'no ends',
  nodes: [
    node('start', 'test.trigger', { event: 'signed_up' }),
    node('act', 'test.action'),
    node('check', 'test.branch'),
    node('notify', 'test.send', { channel: 'line' }),
  ],
  edges: [edge('start', 'act'), edge('act', 'check'), edge('check', 'notify', 'true')],
};

function compiled() {
  const result = compileJourney(withoutEnds, testRegistry());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('open paths', () => {
  it('a journey without End steps compiles; open ports lead nowhere, which ends the journey', () => {
    const { steps } = compiled();
    expect(steps.act?.next).toEqual({ out: 'check', skipped: null });
    expect(steps.check?.next).toEqual({ true: 'notify', false: null });
    // An unconnected side exit with a fallback still carries on along the main path.
    expect(steps.notify?.next).toEqual({ sent: null, failed: null });
  });

  it('names the ports that end the journey, and none of a step whose ports are all connected', () => {
    const { steps } = compiled();
    expect(endingPorts(steps.check ?? { next: {} })).toEqual(['false']);
    expect(endingPorts(steps.start ?? { next: {} })).toEqual([]);
  });

  it('counts the visits that left by those ports as ended there', () => {
    const { steps } = compiled();
    expect(endedByOpenPaths(steps.check ?? { next: {} }, { true: 5, false: 3 })).toBe(3);
    expect(endedByOpenPaths(steps.start ?? { next: {} }, { out: 9 })).toBe(0);
    // Ports the version does not have (counts of another version) are not counted.
    expect(endedByOpenPaths({ next: { out: null } }, { constructor: 4 })).toBe(0);
  });

  it('a trigger must still lead somewhere', () => {
    const result = compileJourney({ ...withoutEnds, edges: [] }, testRegistry());
    expect(result.ok ? [] : result.problems).toContainEqual(
      expect.objectContaining({ code: 'missing_edge', nodeId: 'start', port: 'out' }),
    );
  });
});
