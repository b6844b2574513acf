import { describe, expect, it } from 'vitest';
import { quietHoursDelay } from './quiet-hours';

const night = { start: '21:00', end: '09:00' };
const at = (iso: string) => new Date(iso).getTime();
const HOUR = 3_600_000;

describe('quietHoursDelay', () => {
  it("waits until 09:00 on the customer's clock across midnight", () => {
    // 23:30 in Taipei (UTC+8) is 15:30 UTC; 09:00 next day local is 01:00 UTC.
    expect(quietHoursDelay(at('2026-03-01T15:30:00Z'), 'Asia/Taipei', night)).toBe(9.5 * HOUR);
    // 06:00 local, after midnight.
    expect(quietHoursDelay(at('2026-03-01T22:00:00Z'), 'Asia/Taipei', night)).toBe(3 * HOUR);
  });

  it('does not wait outside the window, at its end, or without quiet hours', () => {
    expect(quietHoursDelay(at('2026-03-01T04:00:00Z'), 'Asia/Taipei', night)).toBe(0);
    expect(quietHoursDelay(at('2026-03-01T01:00:00Z'), 'Asia/Taipei', night)).toBe(0);
    expect(quietHoursDelay(at('2026-03-01T15:30:00Z'), 'Asia/Taipei', null)).toBe(0);
  });

  it('handles a window within one day and daylight saving', () => {
    expect(quietHoursDelay(at('2026-03-01T13:00:00Z'), 'UTC', { start: '12:00', end: '14:00' })).toBe(HOUR);
    // New York springs forward on 2026-03-08: 01:00 EST to 09:00 EDT is 7 hours, not 8.
    expect(quietHoursDelay(at('2026-03-08T06:00:00Z'), 'America/New_York', night)).toBe(7 * HOUR);
  });
});
