import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * A stable number in [0, 1) for `key`: the first 32 bits of its SHA-256. The same key always lands
 * in the same place, so an assignment made from it survives re-entry, retries and worker restarts,
 * and `packages/db` computes the same number in SQL (`sha256()` there) for the control group.
 */
export function stableBucket(key: string): number {
  const digest = sha256(utf8ToBytes(key));
  const head =
    ((digest[0] ?? 0) * 2 ** 24 + (digest[1] ?? 0) * 2 ** 16 + (digest[2] ?? 0) * 2 ** 8 + (digest[3] ?? 0)) >>> 0;
  return head / 2 ** 32;
}

/**
 * The index of the arm `u` (in [0, 1)) falls into when arms take shares of [0, 1) in proportion to
 * their weights. Arms with weight 0 are never chosen; undefined when no arm has weight.
 */
export function pickArm(weights: readonly number[], u: number): number | undefined {
  const total = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0);
  if (!(total > 0)) return undefined;
  let upper = 0;
  let last: number | undefined;
  for (const [index, weight] of weights.entries()) {
    if (!(weight > 0)) continue;
    upper += weight / total;
    last = index;
    if (u < upper) return index;
  }
  // Rounding can leave the top of [0, 1) uncovered: it belongs to the last arm with weight.
  return last;
}

/** The arm a customer gets in one experiment: deterministic in (experiment key, customer id). */
export function assignArm(experimentKey: string, customerId: string, weights: readonly number[]): number | undefined {
  return pickArm(weights, stableBucket(`${experimentKey}:${customerId}`));
}

/** Whether a customer is in a `percent` sample keyed by `salt` (a journey holdout, the control group). */
export function inSample(salt: string, customerId: string, percent: number): boolean {
  return percent > 0 && stableBucket(`${salt}:${customerId}`) * 100 < percent;
}
