// How long a send keeps retrying a provider that fails for now (5xx, 429, timeouts, refused
// connections): a number of attempts and a time from the first, whichever ends first. Then the
// message is `failed` with the provider's reason and the step follows its `failed` port.

export interface DeliveryRetryBudget {
  /** Attempts of one message, the first included. */
  attempts: number;
  /** Milliseconds from the first attempt after which no new attempt starts. */
  withinMs: number;
}

/** 8 attempts (about 2 minutes of the step's backoff, longer with Retry-After) within one hour. */
export const DEFAULT_DELIVERY_RETRY_BUDGET: DeliveryRetryBudget = { attempts: 8, withinMs: 60 * 60_000 };

/** True while another attempt may follow attempt number `attempt`, begun first at `firstAttemptAt`. */
export function mayRetry(budget: DeliveryRetryBudget, attempt: number, firstAttemptAt: Date, now: Date): boolean {
  return attempt < budget.attempts && now.getTime() - firstAttemptAt.getTime() < budget.withinMs;
}

/** The failure's detail, saying that the budget was spent and how. */
export function budgetSpentDetail(detail: string, attempt: number, firstAttemptAt: Date, now: Date): string {
  const seconds = Math.round((now.getTime() - firstAttemptAt.getTime()) / 1000);
  return `${detail} — gave up after ${attempt} attempt${attempt === 1 ? '' : 's'} in ${seconds} s (retry budget spent)`;
}
