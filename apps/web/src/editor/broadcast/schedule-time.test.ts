import { describe, expect, it } from 'vitest';
import { fromLocalInput, suggestedStart, toLocalInput } from './schedule-time';

describe('schedule time', () => {
  it('round-trips a local wall-clock time through the field', () => {
    const at = new Date(2026, 11, 24, 18, 30);
    expect(toLocalInput(at)).toBe('2026-12-24T18:30');
    expect(fromLocalInput(toLocalInput(at))).toBe(at.toISOString());
  });

  it('suggests tomorrow at ten, also across a month end', () => {
    expect(suggestedStart(new Date(2026, 0, 31, 23, 59))).toBe('2026-02-01T10:00');
  });

  it('reads an empty or broken value as no time', () => {
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('tomorrow')).toBeUndefined();
  });
});
