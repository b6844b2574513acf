import { describe, expect, it } from 'vitest';
import type { JourneyIR } from '@wayfarer/journey';
import { broadcastEntryKey, broadcastWorkflowId, findBroadcastTrigger } from './broadcast-contract';

const triggers: JourneyIR['triggers'] = [
  { stepId: 'api', type: 'core.trigger.api', match: { on: 'api' } },
  { stepId: 'vip', type: 'core.trigger.broadcast', match: { on: 'broadcast', segmentId: 'seg-vip' } },
  { stepId: 'all', type: 'core.trigger.broadcast', match: { on: 'broadcast', segmentId: 'seg-all' } },
];

describe('findBroadcastTrigger', () => {
  it('finds the first broadcast trigger, or the one on a given segment', () => {
    expect(findBroadcastTrigger({ triggers })).toEqual({ stepId: 'vip', segmentId: 'seg-vip' });
    expect(findBroadcastTrigger({ triggers }, 'seg-all')).toEqual({ stepId: 'all', segmentId: 'seg-all' });
  });

  it('finds nothing in a journey without one, or for another segment', () => {
    expect(findBroadcastTrigger({ triggers: triggers.slice(0, 1) })).toBeUndefined();
    expect(findBroadcastTrigger({ triggers }, 'seg-other')).toBeUndefined();
  });
});

describe('broadcast ids', () => {
  it('name the broadcast, one workflow and one entry key per broadcast', () => {
    expect(broadcastWorkflowId('b1')).toBe('broadcast:b1');
    expect(broadcastEntryKey('b1')).toBe('broadcast:b1');
  });
});
