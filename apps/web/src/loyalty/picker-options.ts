import type { BadgeRow, CouponPoolRow, LotteryRow } from './loyalty-types';

/** One `<option>` of a reward picker. */
export interface PickerOption {
  value: string;
  label: string;
}

/** Pools by name with their remaining stock (`null` remaining reads as the "unlimited" word). */
export function poolOptions(
  pools: readonly Pick<CouponPoolRow, 'id' | 'name' | 'stock'>[],
  say: (name: string, remaining: string) => string,
  unlimited: string,
): PickerOption[] {
  return pools.map((pool) => ({
    value: pool.id,
    label: say(pool.name, pool.stock.remaining === null ? unlimited : String(pool.stock.remaining)),
  }));
}

/** Badges are stored in a node by key, so the key is the value; the name helps choose. */
export function badgeOptions(badges: readonly Pick<BadgeRow, 'key' | 'name'>[]): PickerOption[] {
  return badges.map((badge) => ({ value: badge.key, label: `${badge.name} (${badge.key})` }));
}

export function lotteryOptions(lotteries: readonly Pick<LotteryRow, 'lotteryId' | 'name'>[]): PickerOption[] {
  return lotteries.map((lottery) => ({ value: lottery.lotteryId, label: lottery.name }));
}

/** What choosing a lottery needs of it. */
export interface LotteryPrizes {
  lotteryId: string;
  prizes: readonly { key: string; name: string }[];
}

/** The lottery node's `prizes` for a lottery: one `win:<key>` port per prize. */
export function nodePrizes(lottery: LotteryPrizes): { key: string; name: string }[] {
  return lottery.prizes.map((prize) => ({ key: prize.key, name: prize.name }));
}

/** The lottery node config after choosing a lottery (or clearing it: no prizes, no win ports). */
export function withLottery(
  config: Readonly<Record<string, unknown>>,
  lotteryId: string | undefined,
  lotteries: readonly LotteryPrizes[],
): Record<string, unknown> {
  const lottery = lotteries.find((candidate) => candidate.lotteryId === lotteryId);
  // A lottery not listed (yet) keeps the prizes the node has: its ports do not vanish on a slow load.
  const prizes = lotteryId === undefined ? [] : lottery ? nodePrizes(lottery) : config.prizes;
  return { ...config, lotteryId: lotteryId ?? '', prizes };
}
