import { describe, expect, it } from 'vitest';
import {
  formatWallClock,
  fromLocalInput,
  localTimeAheadEverywhere,
  suggestedStart,
  toLocalInput,
} from './schedule-time';

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

  it('takes a local time for each customer as ahead only while it is ahead in the earliest time zone', () => {
    // 09:00 on 8 Dec is 19:00 UTC on 7 Dec in Kiribati (+14:00).
    expect(localTimeAheadEverywhere('2026-12-08T09:00', new Date('2026-12-07T18:59:00Z'))).toBe(true);
    expect(localTimeAheadEverywhere('2026-12-08T09:00', new Date('2026-12-07T19:00:00Z'))).toBe(false);
    expect(localTimeAheadEverywhere('2026-12-08', new Date('2026-01-01T00:00:00Z'))).toBe(false);
  });

  it('shows a wall-clock time as written, whatever the viewer’s zone', () => {
    expect(formatWallClock('2026-12-08T09:00', 'en')).toBe('Dec 8, 2026, 9:00 AM');
  });
});
