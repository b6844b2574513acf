// Branch conditions on the loyalty program: tier and badges held (points had their own already).
import { describe, expect, it } from 'vitest';
import { fakeContext } from '../../runtime/test-context';
import { compileAround, runStep, summaries } from './loyalty.test-support';

const branch = (conditions: unknown[], match = 'all') => ({ match, conditions });
const ports = ['true', 'false'];

describe('core.branch on tier and badges', () => {
  it('compiles tier and badge conditions and rejects keys that are not keys', () => {
    const ok = branch([
      { subject: 'tier', op: 'is', tier: 'gold' },
      { subject: 'badge', op: 'has_not', badgeKey: 'streak-7' },
    ]);
    expect(compileAround('core.branch', ok, ports).problems).toEqual([]);
    const bad = branch([{ subject: 'tier', op: 'is', tier: 'Gold Members' }]);
    expect(compileAround('core.branch', bad, ports).problems).not.toEqual([]);
  });

  it.each([
    [{ subject: 'tier', op: 'is', tier: 'gold' }, { tier: 'gold' }, 'true'],
    [{ subject: 'tier', op: 'is', tier: 'gold' }, { tier: 'silver' }, 'false'],
    [{ subject: 'tier', op: 'is_not', tier: 'gold' }, { tier: null }, 'true'],
    [{ subject: 'tier', op: 'is', tier: 'gold' }, {}, 'false'],
    [{ subject: 'badge', op: 'has', badgeKey: 'streak-7' }, { badges: ['early-bird', 'streak-7'] }, 'true'],
    [{ subject: 'badge', op: 'has', badgeKey: 'streak-7' }, { badges: [] }, 'false'],
    [{ subject: 'badge', op: 'has_not', badgeKey: 'streak-7' }, {}, 'true'],
  ])('%o for a customer with %o follows %s', async (condition, customer, port) => {
    const { context } = fakeContext({ customer });
    expect(await runStep('core.branch', branch([condition]), ports, context)).toEqual({ port });
  });

  it('summarises tier and badge conditions in every locale', () => {
    const config = branch([
      { subject: 'tier', op: 'is', tier: 'gold' },
      { subject: 'badge', op: 'has', badgeKey: 'vip' },
    ]);
    expect(summaries('core.branch', config)).toEqual([
      'If tier = gold and badge = vip',
      '若 會員等級 = gold 且 徽章 = vip',
      '如果 会员等级 = gold 且 徽章 = vip',
    ]);
  });
});
