import { describe, expect, it } from 'vitest';
import { fillDailySeries, MAX_DAYS } from './daily-series';

const now = new Date('2026-03-05T12:00:00Z');

describe('fillDailySeries', () => {
  it('is empty without data or a start', () => {
    expect(fillDailySeries([], { now })).toEqual([]);
  });

  it('fills every UTC day from the first with data through today, zeros included', () => {
    const series = fillDailySeries(
      [
        { day: '2026-03-03', metric: 'entered', count: 4 },
        { day: '2026-03-05', metric: 'completed', count: 2 },
        { day: '2026-03-05', metric: 'goalReached', count: 1 },
      ],
      { now },
    );
    expect(series).toEqual([
      { day: '2026-03-03', entered: 4, completed: 0, exited: 0, goalReached: 0 },
      { day: '2026-03-04', entered: 0, completed: 0, exited: 0, goalReached: 0 },
      { day: '2026-03-05', entered: 0, completed: 2, exited: 0, goalReached: 1 },
    ]);
  });

  it('spans the window, `to` exclusive', () => {
    const series = fillDailySeries([{ day: '2026-02-02', metric: 'exited', count: 1 }], {
      from: new Date('2026-02-01T00:00:00Z'),
      to: new Date('2026-02-04T00:00:00Z'),
      now,
    });
    expect(series.map((point) => point.day)).toEqual(['2026-02-01', '2026-02-02', '2026-02-03']);
    expect(series[1]?.exited).toBe(1);
  });

  it('keeps the most recent days of a long window', () => {
    const series = fillDailySeries([], { from: new Date('2020-01-01T00:00:00Z'), now });
    expect(series).toHaveLength(MAX_DAYS);
    expect(series.at(-1)?.day).toBe('2026-03-05');
  });
});
