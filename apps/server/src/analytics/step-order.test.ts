import { describe, expect, it } from 'vitest';
import { stepsInWalkingOrder } from './step-order';

const step = (next: Record<string, string | null>) => ({ next }) as never;

describe('stepsInWalkingOrder', () => {
  it('walks breadth-first from the entry steps, each step once, unreached steps last', () => {
    const ir = {
      start: ['trigger'],
      steps: {
        end: step({}),
        orphan: step({ out: 'end' }),
        send: step({ sent: 'end', failed: null }),
        branch: step({ true: 'send', false: 'end' }),
        trigger: step({ out: 'branch' }),
      },
    };
    expect(stepsInWalkingOrder(ir)).toEqual(['trigger', 'branch', 'send', 'end', 'orphan']);
  });
});
