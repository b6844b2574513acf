import { describe, expect, it } from 'vitest';
import { chooseBranch } from './choose-branch';

describe('chooseBranch', () => {
  const branches = [
    { port: 'path_1', weight: 25 },
    { port: 'path_2', weight: 0 },
    { port: 'path_3', weight: 75 },
  ];

  it('maps the roll onto cumulative weights', () => {
    expect(chooseBranch(branches, 0)).toBe('path_1');
    expect(chooseBranch(branches, 0.2499)).toBe('path_1');
    expect(chooseBranch(branches, 0.25)).toBe('path_3');
    expect(chooseBranch(branches, 0.9999999)).toBe('path_3');
  });

  it('never picks a zero-weight branch', () => {
    const picked = new Set(Array.from({ length: 1000 }, (_, i) => chooseBranch(branches, i / 1000)));
    expect([...picked].sort()).toEqual(['path_1', 'path_3']);
  });

  it('falls back to the first branch when all weights are zero, and to nothing when there are none', () => {
    expect(
      chooseBranch(
        [
          { port: 'a', weight: 0 },
          { port: 'b', weight: 0 },
        ],
        0.7,
      ),
    ).toBe('a');
    expect(chooseBranch([], 0.5)).toBeUndefined();
  });
});
