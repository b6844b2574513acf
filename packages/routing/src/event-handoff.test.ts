import { describe, expect, it } from 'vitest';
import { handoffGate } from './event-handoff';

describe('handoffGate', () => {
  it('stays shut until a claim has taken all that was stored before the router began', () => {
    const gate = handoffGate();
    expect(gate.open()).toBe(false);
    const epoch = gate.claimStarts();
    gate.drained(epoch);
    expect(gate.open()).toBe(true);
  });

  it('shuts while an unleased store is in flight, and until a claim that began after it took all', () => {
    const gate = handoffGate();
    gate.drained(gate.claimStarts());
    gate.refused();
    expect(gate.open()).toBe(false);
    // A claim that began before the store finished may have missed its events.
    const early = gate.claimStarts();
    gate.stored();
    gate.drained(early);
    expect(gate.open()).toBe(false);
    const late = gate.claimStarts();
    gate.drained(late);
    expect(gate.open()).toBe(true);
  });

  it('waits for every refused store, however they interleave', () => {
    const gate = handoffGate();
    gate.drained(gate.claimStarts());
    gate.refused();
    gate.refused();
    gate.stored();
    gate.drained(gate.claimStarts());
    expect(gate.open()).toBe(false);
    gate.stored();
    expect(gate.open()).toBe(false);
    gate.drained(gate.claimStarts());
    expect(gate.open()).toBe(true);
  });
});
