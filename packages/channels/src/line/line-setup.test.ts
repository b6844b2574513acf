import { describe, expect, it } from 'vitest';
import { lineInsightDate } from './line-setup';

describe('lineInsightDate', () => {
  it('is yesterday in LINE’s time zone (UTC+9), as yyyyMMdd', () => {
    // 14:59 UTC is 23:59 in Tokyo: yesterday there is the day before.
    expect(lineInsightDate(new Date('2026-12-07T14:59:00Z'))).toBe('20261206');
    // 15:00 UTC is already the 8th in Tokyo.
    expect(lineInsightDate(new Date('2026-12-07T15:00:00Z'))).toBe('20261207');
  });
});
