import { describe, expect, it } from 'vitest';
import { checkInOn, daysBetween, liveStreak, localDate } from './streak.rules';

const fresh = { current: 0, longest: 0, lastDate: null };

describe('localDate', () => {
  it('is the calendar date in the customer’s time zone', () => {
    const instant = new Date('2026-03-01T16:30:00Z');
    expect(localDate(instant, 'UTC')).toBe('2026-03-01');
    expect(localDate(instant, 'Asia/Taipei')).toBe('2026-03-02');
    expect(localDate(instant, 'America/Los_Angeles')).toBe('2026-03-01');
  });

  it('falls back to UTC for an unknown zone', () => {
    expect(localDate(new Date('2026-03-01T23:30:00Z'), 'Mars/Olympus')).toBe('2026-03-01');
  });
});

describe('daysBetween', () => {
  it('counts calendar days across months and years', () => {
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2025-12-31', '2026-01-02')).toBe(2);
  });
});

describe('checkInOn', () => {
  it('starts, extends and ignores a second check-in on the same day', () => {
    const first = checkInOn(fresh, '2026-03-01', []);
    expect(first.state).toEqual({ current: 1, longest: 1, lastDate: '2026-03-01' });
    const again = checkInOn(first.state, '2026-03-01', [1]);
    expect(again).toEqual({ state: first.state, counted: false, facts: [] });
    expect(checkInOn(first.state, '2026-03-02', []).state.current).toBe(2);
  });

  it('reports a milestone when the streak reaches it', () => {
    const state = { current: 6, longest: 6, lastDate: '2026-03-06' };
    expect(checkInOn(state, '2026-03-07', [3, 7]).facts).toEqual([{ type: 'streak_reached', days: 7 }]);
  });

  it('breaks after a missed day and keeps the longest', () => {
    const state = { current: 5, longest: 9, lastDate: '2026-03-05' };
    const outcome = checkInOn(state, '2026-03-07', [1]);
    expect(outcome.state).toEqual({ current: 1, longest: 9, lastDate: '2026-03-07' });
    expect(outcome.facts).toEqual([
      { type: 'streak_broken', length: 5, lastDate: '2026-03-05' },
      { type: 'streak_reached', days: 1 },
    ]);
  });

  it('counts an earlier date (moved west) as the same day', () => {
    const state = { current: 2, longest: 2, lastDate: '2026-03-05' };
    expect(checkInOn(state, '2026-03-04', []).counted).toBe(false);
  });
});

describe('liveStreak', () => {
  it('is the streak until a whole day passes without a check-in', () => {
    const state = { current: 4, longest: 4, lastDate: '2026-03-05' };
    expect(liveStreak(state, '2026-03-05')).toBe(4);
    expect(liveStreak(state, '2026-03-06')).toBe(4);
    expect(liveStreak(state, '2026-03-07')).toBe(0);
  });
});
