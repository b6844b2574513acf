import { describe, expect, it } from 'vitest';
import { badgeOptions, lotteryOptions, poolOptions, withLottery } from './picker-options';

const lottery = {
  lotteryId: 'lot-1',
  name: 'Spring draw',
  prizes: [
    { key: 'gold', name: 'Gold' },
    { key: 'silver', name: 'Silver' },
  ],
};

describe('reward picker options', () => {
  it('labels pools with their remaining stock, unlimited by word', () => {
    const say = (name: string, remaining: string) => `${name} (${remaining} left)`;
    const pools = [
      { id: 'p1', name: 'Spring', stock: { issued: 1, redeemed: 0, remaining: 2 } },
      { id: 'p2', name: 'Forever', stock: { issued: 0, redeemed: 0, remaining: null } },
    ];
    expect(poolOptions(pools, say, 'unlimited')).toEqual([
      { value: 'p1', label: 'Spring (2 left)' },
      { value: 'p2', label: 'Forever (unlimited left)' },
    ]);
  });

  it('stores badges by key and lotteries by id', () => {
    expect(badgeOptions([{ key: 'vip', name: 'VIP' }])).toEqual([{ value: 'vip', label: 'VIP (vip)' }]);
    expect(lotteryOptions([lottery])).toEqual([{ value: 'lot-1', label: 'Spring draw' }]);
  });

  it("fills the lottery node's prizes from the chosen lottery, so each gets a win port", () => {
    expect(withLottery({ lotteryId: '', prizes: [] }, 'lot-1', [lottery])).toEqual({
      lotteryId: 'lot-1',
      prizes: [
        { key: 'gold', name: 'Gold' },
        { key: 'silver', name: 'Silver' },
      ],
    });
  });

  it('clears the prizes with the lottery, and keeps them for a lottery not listed yet', () => {
    const chosen = { lotteryId: 'lot-1', prizes: [{ key: 'gold', name: 'Gold' }] };
    expect(withLottery(chosen, undefined, [lottery])).toEqual({ lotteryId: '', prizes: [] });
    expect(withLottery(chosen, 'lot-9', [])).toEqual({ lotteryId: 'lot-9', prizes: chosen.prizes });
  });
});
