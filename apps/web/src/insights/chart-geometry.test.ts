import { describe, expect, it } from 'vitest';
import { dailyChart, fillDays } from './chart-geometry';

const row = (day: string, entered: number) => ({ day, entered, completed: 0, exited: 0, goalReached: 0 });

describe('fillDays', () => {
  it('fills quiet days between the first and the last with zeros, in order', () => {
    expect(fillDays([row('2026-03-03', 2), row('2026-02-28', 1)]).map((r) => [r.day, r.entered])).toEqual([
      ['2026-02-28', 1],
      ['2026-03-01', 0],
      ['2026-03-02', 0],
      ['2026-03-03', 2],
    ]);
    expect(fillDays([])).toEqual([]);
  });
});

describe('dailyChart', () => {
  it('scales the busiest day to the top and spreads days over the width', () => {
    const chart = dailyChart([row('2026-03-01', 4), row('2026-03-02', 2), row('2026-03-03', 0)], 200, 100);
    expect(chart.max).toBe(4);
    expect(chart.series.find((s) => s.key === 'entered')?.points).toBe('0,0 100,50 200,100');
    expect(chart.ticks).toEqual([
      { x: 0, label: '03-01' },
      { x: 100, label: '03-02' },
      { x: 200, label: '03-03' },
    ]);
  });

  it('centres a single day and never divides by zero', () => {
    const chart = dailyChart([row('2026-03-01', 0)], 200, 100);
    expect(chart.series[0]?.points).toBe('100,100');
  });
});
