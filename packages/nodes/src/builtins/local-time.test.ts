import { describe, expect, it } from 'vitest';
import { isValidTimeZone, msUntilLocalTime, zonedTimeToInstant } from './local-time';

const HOUR = 3_600_000;
const at = (iso: string): number => Date.parse(iso);

describe('msUntilLocalTime in Asia/Taipei (UTC+8, no daylight saving)', () => {
  it('waits until later today when the time is still ahead', () => {
    // 00:00Z is 08:00 in Taipei.
    expect(msUntilLocalTime(at('2024-03-10T00:00:00Z'), 'Asia/Taipei', 9, 0)).toBe(HOUR);
    expect(msUntilLocalTime(at('2024-03-10T00:00:00Z'), 'Asia/Taipei', 20, 30)).toBe(12.5 * HOUR);
  });

  it('waits until tomorrow when the time has passed', () => {
    // 02:00Z is 10:00 in Taipei.
    expect(msUntilLocalTime(at('2024-03-10T02:00:00Z'), 'Asia/Taipei', 9, 0)).toBe(23 * HOUR);
  });

  it('is strictly in the future: exactly on time means tomorrow', () => {
    expect(msUntilLocalTime(at('2024-03-10T01:00:00Z'), 'Asia/Taipei', 9, 0)).toBe(24 * HOUR);
  });

  it('uses the local date, not the UTC date', () => {
    // 20:00Z on the 10th is 04:00 on the 11th in Taipei; 03:00 local has passed, so the 12th.
    expect(msUntilLocalTime(at('2024-03-10T20:00:00Z'), 'Asia/Taipei', 3, 0)).toBe(23 * HOUR);
    expect(msUntilLocalTime(at('2024-12-31T23:30:00Z'), 'Asia/Taipei', 9, 0)).toBe(1.5 * HOUR);
  });
});

describe('msUntilLocalTime in America/New_York', () => {
  it('waits an ordinary day', () => {
    // 2024-01-15 12:00Z is 07:00 EST.
    expect(msUntilLocalTime(at('2024-01-15T12:00:00Z'), 'America/New_York', 9, 0)).toBe(2 * HOUR);
  });

  it('on the spring-forward day, 09:00 is one wall-clock hour closer', () => {
    // 2024-03-10 05:00Z is 00:00 EST; at 02:00 the clock jumps to 03:00, so 09:00 EDT is 8 hours away.
    expect(msUntilLocalTime(at('2024-03-10T05:00:00Z'), 'America/New_York', 9, 0)).toBe(8 * HOUR);
  });

  it('on the fall-back day, 09:00 is one wall-clock hour further', () => {
    // 2024-11-03 04:00Z is 00:00 EDT; at 02:00 the clock goes back to 01:00, so 09:00 EST is 10 hours away.
    expect(msUntilLocalTime(at('2024-11-03T04:00:00Z'), 'America/New_York', 9, 0)).toBe(10 * HOUR);
  });

  it('crossing into the DST day from the evening before', () => {
    // 2024-03-09 23:00 EST → 09:00 EDT next morning: 9 wall hours, 9 real hours (23→02 is 3h, 03→09 is 6h).
    expect(msUntilLocalTime(at('2024-03-10T04:00:00Z'), 'America/New_York', 9, 0)).toBe(9 * HOUR);
  });

  it('a time skipped by spring-forward fires after the gap, never before', () => {
    // 02:30 does not exist on 2024-03-10; it resolves to 03:30 EDT (07:30Z).
    expect(msUntilLocalTime(at('2024-03-10T05:00:00Z'), 'America/New_York', 2, 30)).toBe(2.5 * HOUR);
  });

  it('a time that happens twice on fall-back resolves to the first one', () => {
    // 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    expect(msUntilLocalTime(at('2024-11-03T04:00:00Z'), 'America/New_York', 1, 30)).toBe(1.5 * HOUR);
  });
});

describe('zonedTimeToInstant', () => {
  it('converts local wall time to UTC', () => {
    expect(new Date(zonedTimeToInstant(2024, 3, 10, 9, 0, 'Asia/Taipei')).toISOString()).toBe(
      '2024-03-10T01:00:00.000Z',
    );
    expect(new Date(zonedTimeToInstant(2024, 7, 4, 9, 0, 'America/New_York')).toISOString()).toBe(
      '2024-07-04T13:00:00.000Z',
    );
    expect(new Date(zonedTimeToInstant(2024, 1, 4, 9, 0, 'America/New_York')).toISOString()).toBe(
      '2024-01-04T14:00:00.000Z',
    );
  });

  it('resolves DST gaps forward and overlaps to the earlier instant in zones east of UTC too', () => {
    // Europe/London: 01:30 is skipped on 2024-03-31 and repeated on 2024-10-27.
    expect(new Date(zonedTimeToInstant(2024, 3, 31, 1, 30, 'Europe/London')).toISOString()).toBe(
      '2024-03-31T01:30:00.000Z',
    );
    expect(new Date(zonedTimeToInstant(2024, 10, 27, 1, 30, 'Europe/London')).toISOString()).toBe(
      '2024-10-27T00:30:00.000Z',
    );
    // Australia/Sydney: 02:30 is skipped on 2024-10-06 and repeated on 2024-04-07.
    expect(new Date(zonedTimeToInstant(2024, 10, 6, 2, 30, 'Australia/Sydney')).toISOString()).toBe(
      '2024-10-05T16:30:00.000Z',
    );
    expect(new Date(zonedTimeToInstant(2024, 4, 7, 2, 30, 'Australia/Sydney')).toISOString()).toBe(
      '2024-04-06T15:30:00.000Z',
    );
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA zones and rejects anything else', () => {
    expect(isValidTimeZone('Asia/Taipei')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
