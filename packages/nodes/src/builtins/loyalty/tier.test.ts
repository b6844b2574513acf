import { describe, expect, it } from 'vitest';
import type { TierEvaluated } from './loyalty-services';
import { compileAround, loyaltyContext, runStep, summaries } from './loyalty.test-support';

const ports = ['upgraded', 'downgraded', 'same'];

function evaluated(from: string | null, to: string | null, direction?: 'upgrade' | 'downgrade'): TierEvaluated {
  return { tier: to, change: direction ? { type: 'tier_changed', from, to, direction } : null };
}

describe('core.tier.evaluate', () => {
  it('compiles with any of its exits left open', () => {
    expect(compileAround('core.tier.evaluate', {}, ['upgraded']).problems).toEqual([]);
    expect(compileAround('core.tier.evaluate', {}, ['same']).problems).toEqual([]);
  });

  it.each([
    [evaluated('silver', 'gold', 'upgrade'), 'upgraded', { tier: 'gold', previousTier: 'silver' }],
    [evaluated('gold', null, 'downgrade'), 'downgraded', { tier: null, previousTier: 'gold' }],
    [evaluated('gold', 'gold'), 'same', { tier: 'gold', previousTier: 'gold' }],
  ])('follows the way the tier moved (%#)', async (answer, port, output) => {
    const { context } = loyaltyContext({ evaluateTier: () => Promise.resolve(answer) });
    expect(await runStep('core.tier.evaluate', {}, ports, context)).toEqual({ port, output });
  });

  it('summarises in every locale', () => {
    expect(summaries('core.tier.evaluate', {})).toEqual(['Evaluate membership tier', '評估會員等級', '评估会员等级']);
  });
});
