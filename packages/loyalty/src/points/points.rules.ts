// Pure rules of the points ledger: lots, FIFO spending, expiry dates, balances.

/** `date` plus `months` calendar months (UTC), the day clamped to the month's end (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** A grant with points left to spend, oldest first. */
export interface Lot {
  id: string;
  left: number;
}

export interface ConsumptionPlan {
  /** Lots to reduce, in order, with what is left of each afterwards. */
  takes: { id: string; take: number; left: number }[];
  /** The part of `amount` no lot covered (an allowed overdraft). */
  uncovered: number;
}

/** Spends `amount` from `lots` first-in first-out. */
export function planConsumption(lots: readonly Lot[], amount: number): ConsumptionPlan {
  const takes: ConsumptionPlan['takes'] = [];
  let owed = amount;
  for (const lot of lots) {
    if (owed <= 0) break;
    const take = Math.min(lot.left, owed);
    if (take <= 0) continue;
    takes.push({ id: lot.id, take, left: lot.left - take });
    owed -= take;
  }
  return { takes, uncovered: Math.max(owed, 0) };
}

/** Sums over a customer's ledger at a moment. */
export interface LedgerTotals {
  /** Sum of every delta. */
  total: number;
  /** Points left in lots, expired or not. */
  unspent: number;
  /** Points left in lots whose expiry has passed but that the sweep has not written off yet. */
  expiredUnswept: number;
}

/** Spendable points: lots past their expiry count as gone even before the sweep writes them off. */
export function balanceOf(totals: LedgerTotals): number {
  return totals.total - totals.expiredUnswept;
}

/** An overdraft no lot covers yet (only after deductions that allowed a negative balance). */
export function debtOf(totals: LedgerTotals): number {
  return Math.max(totals.unspent - totals.total, 0);
}
