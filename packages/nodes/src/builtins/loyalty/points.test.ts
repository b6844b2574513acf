import { describe, expect, it } from 'vitest';
import { compileAround, compiledStep, loyaltyContext, runStep, summaries } from './loyalty.test-support';

describe('core.reward.points v2', () => {
  it('compiles with an optional expiry and a default reason', () => {
    expect(compiledStep('core.reward.points', { points: 5 }, ['out'])).toMatchObject({
      typeVersion: 2,
      config: { points: 5, reason: 'journey reward' },
    });
    expect(compiledStep('core.reward.points', { points: 5, expiresInMonths: 12 }, ['out']).config).toMatchObject({
      expiresInMonths: 12,
    });
    expect(compileAround('core.reward.points', { points: 5, expiresInMonths: 0 }, ['out']).problems).not.toEqual([]);
  });

  it('migrates a version 1 config unchanged: its points still never expire', () => {
    const { ir } = compileAround('core.reward.points', { points: 7, reason: 'welcome' }, ['out'], 1);
    expect(ir?.steps.step).toMatchObject({ typeVersion: 2, config: { points: 7, reason: 'welcome' } });
    expect(ir?.steps.step?.config).not.toHaveProperty('expiresInMonths');
  });

  it('grants through loyalty with the expiry (null: never) and reports the balance', async () => {
    const { context, calls } = loyaltyContext({
      grantPoints: (grant) => Promise.resolve({ entryId: 'lot-1', duplicate: false, balance: 100 + grant.points }),
    });
    const never = await runStep('core.reward.points', { points: 50 }, ['out'], context);
    expect(never).toEqual({ port: 'out', output: { ledgerEntryId: 'lot-1', balance: 150 } });
    await runStep('core.reward.points', { points: 50, expiresInMonths: 6 }, ['out'], context);
    expect(calls.map((call) => call.args[0])).toEqual([
      { points: 50, reason: 'journey reward', expiresInMonths: null },
      { points: 50, reason: 'journey reward', expiresInMonths: 6 },
    ]);
  });

  it('summarises in every locale', () => {
    expect(summaries('core.reward.points', { points: 100 })).toEqual([
      'Grant 100 points',
      '贈送 100 點',
      '赠送 100 积分',
    ]);
    expect(summaries('core.reward.points', { points: 100, expiresInMonths: 12 })[0]).toBe(
      'Grant 100 points, valid 12 months',
    );
  });
});

describe('core.points.deduct', () => {
  it('has ok and insufficient ports; either may be left open', () => {
    expect(compileAround('core.points.deduct', { points: 10 }, ['ok']).problems).toEqual([]);
    expect(compileAround('core.points.deduct', { points: 10 }, ['insufficient']).problems).toEqual([]);
  });

  it('follows ok with the new balance, or insufficient when the balance is short', async () => {
    let balance = 30;
    const { context, calls } = loyaltyContext({
      deductPoints: ({ points }) => {
        if (points > balance) return Promise.resolve({ status: 'insufficient_points', balance });
        balance -= points;
        return Promise.resolve({ status: 'applied', entryId: 'debit-1', duplicate: false, balance });
      },
    });
    expect(await runStep('core.points.deduct', { points: 20 }, ['ok', 'insufficient'], context)).toEqual({
      port: 'ok',
      output: { ledgerEntryId: 'debit-1', balance: 10 },
    });
    expect(await runStep('core.points.deduct', { points: 20 }, ['ok', 'insufficient'], context)).toEqual({
      port: 'insufficient',
      output: { balance: 10 },
    });
    expect(calls[0]?.args[0]).toEqual({ points: 20, reason: 'journey redemption' });
  });

  it('summarises in every locale', () => {
    expect(summaries('core.points.deduct', { points: 5 })).toEqual(['Deduct 5 points', '扣除 5 點', '扣除 5 积分']);
  });
});
