// Pure conversions between the rewards page's text inputs and the loyalty API's inputs.

/** Uploaded codes: one a line (commas also split), blanks and repeats dropped. */
export function parseCodes(text: string): string[] {
  const codes = text
    .split(/[\n,]/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
  return [...new Set(codes)];
}

/** A whole number typed in a box; empty (or not a number) is null, meaning "unlimited" / "none". */
export function optionalInt(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isInteger(value) ? value : null;
}

/** A probability (0–1) as a percentage with at most one decimal: 0.25 → "25%", 1/3 → "33.3%". */
export function percent(probability: number): string {
  return `${Math.round(probability * 1000) / 10}%`;
}

/** A remaining count, or the "unlimited" word for null. */
export function countOrUnlimited(count: number | null, unlimited: string): string {
  return count === null ? unlimited : count.toLocaleString();
}

export type PrizeRewardKind = 'points' | 'coupon' | 'badge';

/** One prize row of the lottery form, as typed. */
export interface PrizeDraft {
  key: string;
  name: string;
  weight: string;
  stock: string;
  kind: PrizeRewardKind;
  /** Points, pool id or badge id, by `kind`. */
  target: string;
}

export function emptyPrize(): PrizeDraft {
  return { key: '', name: '', weight: '1', stock: '', kind: 'points', target: '' };
}

function rewardOf(draft: PrizeDraft) {
  if (draft.kind === 'coupon') return { kind: 'coupon' as const, poolId: draft.target };
  if (draft.kind === 'badge') return { kind: 'badge' as const, badgeId: draft.target };
  return { kind: 'points' as const, points: Number(draft.target) };
}

/** The API's prize input for a form row; the server's schema reports what is wrong with it. */
export function prizeInput(draft: PrizeDraft) {
  return {
    key: draft.key.trim(),
    name: draft.name.trim(),
    weight: Number(draft.weight),
    stock: optionalInt(draft.stock),
    reward: rewardOf(draft),
  };
}

/** A pool's inventory: a pattern pool's cap (null = unlimited), or a list pool's uploaded codes. */
export function poolInventory(pool: {
  source: 'pattern' | 'list';
  inventory: number | null;
  stock: { issued: number; remaining: number | null };
}): number | null {
  if (pool.source === 'pattern') return pool.inventory;
  return pool.stock.issued + (pool.stock.remaining ?? 0);
}
