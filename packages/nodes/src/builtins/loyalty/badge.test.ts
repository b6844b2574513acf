import { describe, expect, it } from 'vitest';
import { compileAround, loyaltyContext, runStep, summaries } from './loyalty.test-support';

describe('core.badge.award', () => {
  it('takes a badge key', () => {
    expect(compileAround('core.badge.award', { badgeKey: 'early-bird' }, ['out']).problems).toEqual([]);
    expect(compileAround('core.badge.award', { badgeKey: 'Early Bird' }, ['out']).problems).not.toEqual([]);
  });

  it('awards by key and says whether the customer already held it', async () => {
    const held = new Set(['vip']);
    const { context } = loyaltyContext({
      awardBadge: (badgeKey) => {
        const status = held.has(badgeKey) ? 'already_awarded' : 'awarded';
        held.add(badgeKey);
        return Promise.resolve({ status, badgeKey });
      },
    });
    const first = await runStep('core.badge.award', { badgeKey: 'early-bird' }, ['out'], context);
    expect(first).toEqual({ port: 'out', output: { badgeKey: 'early-bird', alreadyHeld: false } });
    const again = await runStep('core.badge.award', { badgeKey: 'early-bird' }, ['out'], context);
    expect(again.output).toEqual({ badgeKey: 'early-bird', alreadyHeld: true });
  });

  it('summarises in every locale', () => {
    expect(summaries('core.badge.award', { badgeKey: 'vip' })).toEqual([
      'Award badge vip',
      '頒發徽章 vip',
      '颁发徽章 vip',
    ]);
  });
});
