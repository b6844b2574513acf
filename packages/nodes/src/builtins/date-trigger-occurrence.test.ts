import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  candidateMonthDays,
  dueOccurrence,
  occurrenceKey,
  parseDateAttribute,
  type SweepWindow,
} from './date-trigger-occurrence';

const window = (from: string, to: string): SweepWindow => ({ from: new Date(from), to: new Date(to) });
const nineAm = { offsetDays: 0, at: '09:00' };

describe('dueOccurrence', () => {
  it('fires a birthday at 09:00 in Asia/Taipei (01:00 UTC) and America/New_York (14:00 UTC)', () => {
    const taipeiWindow = window('2026-11-25T00:45:00Z', '2026-11-25T01:00:00Z');
    const newYorkWindow = window('2026-11-25T13:45:00Z', '2026-11-25T14:00:00Z');
    expect(dueOccurrence('1990-11-25', 'Asia/Taipei', nineAm, taipeiWindow)).toEqual({
      date: '2026-11-25',
      firesAt: new Date('2026-11-25T01:00:00Z'),
    });
    expect(dueOccurrence('1990-11-25', 'America/New_York', nineAm, taipeiWindow)).toBeUndefined();
    expect(dueOccurrence('1990-11-25', 'America/New_York', nineAm, newYorkWindow)?.firesAt).toEqual(
      new Date('2026-11-25T14:00:00Z'),
    );
    expect(dueOccurrence('1990-11-25', 'Asia/Taipei', nineAm, newYorkWindow)).toBeUndefined();
  });

  it('counts the window as (from, to]: a fire exactly at a sweep belongs to that sweep only', () => {
    expect(dueOccurrence('1990-11-25', 'UTC', nineAm, window('2026-11-25T08:45Z', '2026-11-25T09:00Z'))).toBeDefined();
    expect(
      dueOccurrence('1990-11-25', 'UTC', nineAm, window('2026-11-25T09:00Z', '2026-11-25T09:15Z')),
    ).toBeUndefined();
  });

  it('follows half-hour and quarter-hour zones', () => {
    // 09:00 in Kathmandu (UTC+5:45) is 03:15 UTC.
    const kathmandu = window('2026-11-25T03:00:00Z', '2026-11-25T03:15:00Z');
    expect(dueOccurrence('1990-11-25', 'Asia/Kathmandu', nineAm, kathmandu)?.firesAt).toEqual(
      new Date('2026-11-25T03:15:00Z'),
    );
  });

  it('fires offsetDays early (or late), also across a year end', () => {
    const threeDaysBefore = { offsetDays: -3, at: '09:00' };
    const early = dueOccurrence(
      '1990-11-28',
      'Asia/Taipei',
      threeDaysBefore,
      window('2026-11-25T00:45Z', '2026-11-25T01:00Z'),
    );
    expect(early).toEqual({ date: '2026-11-28', firesAt: new Date('2026-11-25T01:00:00Z') });
    expect(occurrenceKey('birthday', threeDaysBefore, early ?? { date: '', firesAt: new Date(0) })).toBe(
      'birthday:2026-11-28:-3d',
    );
    // A 2 January birthday, five days before: 28 December of the year before.
    const newYear = dueOccurrence(
      '2000-01-02',
      'UTC',
      { offsetDays: -5, at: '09:00' },
      window('2025-12-28T08:45Z', '2025-12-28T09:00Z'),
    );
    expect(newYear?.date).toBe('2026-01-02');
    const after = dueOccurrence(
      '2000-12-30',
      'UTC',
      { offsetDays: 7, at: '09:00' },
      window('2027-01-06T08:45Z', '2027-01-06T09:00Z'),
    );
    expect(after?.date).toBe('2026-12-30');
  });

  it('moves a 29 February date to 28 February in other years', () => {
    const leapling = (from: string, to: string) => dueOccurrence('2000-02-29', 'Asia/Taipei', nineAm, window(from, to));
    expect(leapling('2027-02-28T00:45Z', '2027-02-28T01:00Z')?.date).toBe('2027-02-28');
    expect(leapling('2027-03-01T00:45Z', '2027-03-01T01:00Z')).toBeUndefined();
    expect(leapling('2028-02-29T00:45Z', '2028-02-29T01:00Z')?.date).toBe('2028-02-29');
    expect(leapling('2028-02-28T00:45Z', '2028-02-28T01:00Z')).toBeUndefined();
  });

  it('moves a time skipped by daylight saving forward by the gap', () => {
    // 02:30 does not exist in New York on 8 March 2026; it fires at 03:30 EDT (07:30 UTC).
    const rule = { offsetDays: 0, at: '02:30' };
    expect(
      dueOccurrence('1990-03-08', 'America/New_York', rule, window('2026-03-08T07:15Z', '2026-03-08T07:30Z')),
    ).toEqual({
      date: '2026-03-08',
      firesAt: new Date('2026-03-08T07:30:00Z'),
    });
  });

  it('does not fire in the year of the date itself', () => {
    expect(
      dueOccurrence('2026-11-25', 'UTC', nineAm, window('2026-11-25T08:45Z', '2026-11-25T09:00Z')),
    ).toBeUndefined();
    expect(dueOccurrence('2025-11-25', 'UTC', nineAm, window('2026-11-25T08:45Z', '2026-11-25T09:00Z'))).toBeDefined();
  });

  it('skips missing and malformed values and unknown time zones instead of throwing', () => {
    const sweep = window('2026-11-25T08:45Z', '2026-11-25T09:00Z');
    for (const value of [undefined, null, 42, true, {}, '', 'tomorrow', '2026-02-30', '1990-13-25', '25/11/1990']) {
      expect(dueOccurrence(value, 'UTC', nineAm, sweep)).toBeUndefined();
    }
    expect(dueOccurrence('1990-11-25', 'Mars/Olympus_Mons', nineAm, sweep)).toBeUndefined();
  });
});

describe('parseDateAttribute', () => {
  it('reads dates, yearless dates and timestamps (in the customer zone when they carry one)', () => {
    expect(parseDateAttribute('1990-11-25', 'UTC')).toEqual({ year: 1990, month: 11, day: 25 });
    expect(parseDateAttribute('--02-29', 'UTC')).toEqual({ year: null, month: 2, day: 29 });
    expect(parseDateAttribute('2024-03-10T23:30:00Z', 'Asia/Taipei')).toEqual({ year: 2024, month: 3, day: 11 });
    expect(parseDateAttribute('2024-03-10T23:30:00Z', 'America/New_York')).toEqual({ year: 2024, month: 3, day: 10 });
    expect(parseDateAttribute('2024-03-10T23:30:00.000+08:00', 'UTC')).toEqual({ year: 2024, month: 3, day: 10 });
    expect(parseDateAttribute('2024-03-10T23:30', 'Asia/Taipei')).toEqual({ year: 2024, month: 3, day: 10 });
  });
});

describe('candidateMonthDays', () => {
  it('lists the month-days a due date can have, moved back by the offset', () => {
    const sweep = window('2026-11-25T00:45Z', '2026-11-25T01:00Z');
    expect(candidateMonthDays(sweep, 0)).toEqual(['11-23', '11-24', '11-25', '11-26', '11-27']);
    expect(candidateMonthDays(sweep, -3)).toEqual(['11-26', '11-27', '11-28', '11-29', '11-30']);
    expect(candidateMonthDays(window('2027-02-28T00:00Z', '2027-02-28T00:15Z'), 0)).toContain('02-29');
    expect(candidateMonthDays(window('2020-01-01T00:00Z', '2026-01-01T00:00Z'), 0)).toBeUndefined();
  });

  it('always contains the month-day of an occurrence the window holds', () => {
    const zones = [
      'UTC',
      'Asia/Taipei',
      'America/New_York',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'Asia/Kathmandu',
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01Z'), max: new Date('2020-12-31Z'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: 0, max: 95 }),
        fc.integer({ min: 2026, max: 2030 }),
        (birth, zone, offsetDays, quarter, year) => {
          const value = birth.toISOString().slice(0, 10);
          const at = `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
          const whole = window(`${year}-01-01T00:00Z`, `${year + 1}-01-01T00:00Z`);
          const occurrence = dueOccurrence(value, zone, { offsetDays, at }, whole);
          if (occurrence === undefined) return;
          const at15 = occurrence.firesAt.getTime();
          const sweep = { from: new Date(at15 - 900_000), to: new Date(at15) };
          expect(dueOccurrence(value, zone, { offsetDays, at }, sweep)).toEqual(occurrence);
          expect(candidateMonthDays(sweep, offsetDays)).toContain(value.slice(5));
        },
      ),
      { numRuns: 100 },
    );
  }, 30_000);
});
