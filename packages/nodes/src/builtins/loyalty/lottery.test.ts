import { describe, expect, it } from 'vitest';
import { drawLotteryNode } from './lottery';
import type { LotteryDrawn } from './loyalty-services';
import { compileAround, loyaltyContext, runStep, summaries } from './loyalty.test-support';

const lotteryId = '0b6a3c1e-6f1d-4a53-9d2b-6a1f0e9c8b7a';
const config = { lotteryId, prizes: [{ key: 'grand', name: 'Grand prize' }, { key: 'coupon' }] };
const ports = ['win:grand', 'win:coupon', 'lose'];

describe('core.lottery.draw', () => {
  it('has a win port per configured prize, labelled in every locale, and lose', () => {
    const declared = drawLotteryNode.ports(drawLotteryNode.config.parse(config));
    expect(declared.map((port) => port.name)).toEqual(ports);
    expect(declared[0]?.label).toEqual({
      en: 'Won Grand prize',
      'zh-TW': '抽中 Grand prize',
      'zh-CN': '抽中 Grand prize',
    });
    expect(compileAround('core.lottery.draw', config, ports).problems).toEqual([]);
    expect(compileAround('core.lottery.draw', config, ['win:grand', 'lose']).problems).toEqual([]);
    const twice = { lotteryId, prizes: [{ key: 'a' }, { key: 'a' }] };
    expect(compileAround('core.lottery.draw', twice, ['win:a', 'lose']).problems).not.toEqual([]);
  });

  it('follows the won prize with its reward in the output', async () => {
    const won: LotteryDrawn = {
      outcome: 'win',
      prizeKey: 'coupon',
      prizeName: '10% off',
      reward: { kind: 'coupon', couponId: 'c-9', code: 'LUCKY-XY34ZW', expiresAt: '2024-04-10T00:00:00.000Z' },
      duplicate: false,
    };
    const { context, calls } = loyaltyContext({ drawLottery: () => Promise.resolve(won) });
    expect(await runStep('core.lottery.draw', config, ports, context)).toEqual({
      port: 'win:coupon',
      output: {
        outcome: 'win',
        prizeKey: 'coupon',
        prizeName: '10% off',
        rewardKind: 'coupon',
        code: 'LUCKY-XY34ZW',
        couponId: 'c-9',
        expiresAt: '2024-04-10T00:00:00.000Z',
      },
    });
    expect(calls).toEqual([{ method: 'drawLottery', args: [lotteryId] }]);
  });

  it('follows lose with the reason', async () => {
    const lost: LotteryDrawn = { outcome: 'lose', reason: 'no_prize', duplicate: false };
    const { context } = loyaltyContext({ drawLottery: () => Promise.resolve(lost) });
    expect(await runStep('core.lottery.draw', config, ports, context)).toEqual({
      port: 'lose',
      output: { outcome: 'lose', reason: 'no_prize' },
    });
  });

  it('summarises in every locale', () => {
    expect(summaries('core.lottery.draw', config)).toEqual([
      'Lucky draw: 2 prizes',
      '抽獎：2 種獎品',
      '抽奖：2 种奖品',
    ]);
  });
});
