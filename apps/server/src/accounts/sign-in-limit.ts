import { clearSignInFailures, countSignInFailures, recordSignInFailure, type Db } from '@wayfarer/db';
import { AccountError } from './account-error';
import { SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_MS } from './session-policy';

// Counted in Postgres, so the limit holds across server processes and restarts.

function attemptKey(email: string, clientIp: string): string {
  return `${email.toLowerCase()}|${clientIp}`;
}

/** Refuses with TOO_MANY_REQUESTS once the email+address pair has failed too often recently. */
export async function assertSignInAllowed(db: Db, email: string, clientIp: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const failures = await countSignInFailures(db, attemptKey(email, clientIp), since);
  if (failures >= SIGN_IN_MAX_FAILURES) {
    throw new AccountError('rate_limited', 'Too many failed sign-ins; wait 15 minutes and try again.');
  }
}

export async function noteSignInFailure(db: Db, email: string, clientIp: string, now: Date): Promise<void> {
  await recordSignInFailure(db, attemptKey(email, clientIp), now);
}

export async function noteSignInSuccess(db: Db, email: string, clientIp: string): Promise<void> {
  await clearSignInFailures(db, attemptKey(email, clientIp));
}
