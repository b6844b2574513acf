import { describe, expect, it } from 'vitest';
import type { CheckedIn } from './loyalty-services';
import { compiledStep, loyaltyContext, runStep, summaries } from './loyalty.test-support';

const ports = ['counted', 'already_today'];

describe('core.streak.check-in', () => {
  it('defaults to the daily streak with common milestones', () => {
    expect(compiledStep('core.streak.check-in', {}, ['counted']).config).toEqual({
      streakKey: 'daily',
      milestones: [3, 7, 14, 30],
    });
  });

  it('passes key and milestones, and reports the milestone reached', async () => {
    const answer: CheckedIn = {
      streakKey: 'gym',
      counted: true,
      current: 7,
      longest: 7,
      localDate: '2024-03-10',
      facts: [{ type: 'streak_reached', streakKey: 'gym', days: 7 }],
    };
    const { context, calls } = loyaltyContext({ checkIn: () => Promise.resolve(answer) });
    const result = await runStep('core.streak.check-in', { streakKey: 'gym', milestones: [7] }, ports, context);
    expect(result).toEqual({
      port: 'counted',
      output: { streakKey: 'gym', current: 7, longest: 7, localDate: '2024-03-10', milestone: 7 },
    });
    expect(calls[0]?.args[0]).toEqual({ streakKey: 'gym', milestones: [7] });
  });

  it('a second check-in on the same local day follows already_today', async () => {
    const answer: CheckedIn = {
      streakKey: 'daily',
      counted: false,
      current: 2,
      longest: 5,
      localDate: '2024-03-10',
      facts: [],
    };
    const { context } = loyaltyContext({ checkIn: () => Promise.resolve(answer) });
    const result = await runStep('core.streak.check-in', {}, ports, context);
    expect(result.port).toBe('already_today');
    expect(result.output).toMatchObject({ current: 2, milestone: null });
  });

  it('summarises in every locale', () => {
    expect(summaries('core.streak.check-in', { milestones: [3, 7] })).toEqual([
      'Check in (daily), milestones 3 / 7 days',
      '簽到（daily），里程碑 3 / 7 天',
      '签到（daily），里程碑 3 / 7 天',
    ]);
  });
});
