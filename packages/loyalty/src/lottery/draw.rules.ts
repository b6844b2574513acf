import { createHash } from 'node:crypto';

// Pure lottery rules: a draw's random number comes from its idempotency key, so a retried draw lands
// on the same prize; odds follow the weights; a prize out of stock never wins.

/** A uniform number in [0, 1) derived from `key` (48 bits of its SHA-256). */
export function seedFromKey(key: string): number {
  const digest = createHash('sha256').update(key).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

export interface PrizeChance {
  id: string;
  weight: number;
  /** False once the prize's stock is used up. */
  available: boolean;
}

/**
 * What an exhausted prize's share becomes: `lose` keeps every other prize's odds as configured (the
 * marketer's budget stays predictable); `redistribute` drops it, so the odds renormalise over the
 * prizes in stock and the lose weight.
 */
export type WhenExhausted = 'lose' | 'redistribute';

function inPlay(prizes: readonly PrizeChance[], mode: WhenExhausted): PrizeChance[] {
  return mode === 'lose' ? [...prizes] : prizes.filter((prize) => prize.available);
}

/** The prize `u` (in [0, 1)) lands on, or null for a losing draw. Prizes are taken in their order. */
export function pickPrize(
  u: number,
  prizes: readonly PrizeChance[],
  loseWeight: number,
  mode: WhenExhausted,
): string | null {
  const candidates = inPlay(prizes, mode);
  const total = candidates.reduce((sum, prize) => sum + prize.weight, loseWeight);
  if (total <= 0) return null;
  let target = u * total;
  for (const prize of candidates) {
    if (target < prize.weight) return prize.available ? prize.id : null;
    target -= prize.weight;
  }
  return null;
}

/** The chance of each prize (by id) and of losing, as a draw now would see them. */
export function currentOdds(
  prizes: readonly PrizeChance[],
  loseWeight: number,
  mode: WhenExhausted,
): { prizes: Map<string, number>; lose: number } {
  const candidates = inPlay(prizes, mode);
  const total = candidates.reduce((sum, prize) => sum + prize.weight, loseWeight);
  const odds = new Map<string, number>();
  for (const prize of prizes) {
    const counted = prize.available && candidates.includes(prize);
    odds.set(prize.id, total > 0 && counted ? prize.weight / total : 0);
  }
  const won = [...odds.values()].reduce((sum, p) => sum + p, 0);
  return { prizes: odds, lose: total > 0 ? 1 - won : 1 };
}
