// One-time codes that prove a phone number: 6 digits, kept only as a salted hash, valid for 10
// minutes, at most 5 tries each, and a limited number sent per phone and per LINE user per hour.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import {
  countRateLimitHit,
  findPendingVerification,
  insertPhoneVerification,
  markPhoneVerified,
  takeVerificationAttempt,
  type Db,
} from '@wayfarer/db';

export const PHONE_CODE_TTL_MS = 10 * 60_000;
export const PHONE_CODE_MAX_ATTEMPTS = 5;
/** Codes sent per phone number, and per LINE user, in an hour (each counted on its own). */
export const DEFAULT_PHONE_CODES_PER_HOUR = 5;
const HOUR_MS = 3_600_000;

function hashCode(salt: string, code: string): string {
  return createHash('sha256').update(`${salt}:${code}`).digest('base64url');
}

/** `salt$hash` of the code. */
export function sealCode(code: string): string {
  const salt = randomBytes(16).toString('base64url');
  return `${salt}$${hashCode(salt, code)}`;
}

export function codeMatches(sealed: string, code: string): boolean {
  const [salt = '', expected = ''] = sealed.split('$');
  const actual = Buffer.from(hashCode(salt, code));
  const wanted = Buffer.from(expected);
  return actual.length === wanted.length && timingSafeEqual(actual, wanted);
}

export const newCode = () => randomInt(0, 1_000_000).toString().padStart(6, '0');

export interface CodeOwner {
  workspaceId: string;
  lineUserId: string;
  /** E.164. */
  phone: string;
}

/** Counts one send against both hourly limits; false when either is already used up. */
export async function takeSendAllowance(db: Db, owner: CodeOwner, perHour: number): Promise<boolean> {
  const byPhone = await countRateLimitHit(db, `liff-code:phone:${owner.workspaceId}:${owner.phone}`, HOUR_MS);
  const byUser = await countRateLimitHit(db, `liff-code:line:${owner.workspaceId}:${owner.lineUserId}`, HOUR_MS);
  return byPhone.count <= perHour && byUser.count <= perHour;
}

/** Stores a new code for the owner (its hash) and returns it with the row id, to be sent. */
export async function issueCode(db: Db, owner: CodeOwner & { formId: string }, now = Date.now()) {
  const code = newCode();
  const expiresAt = new Date(now + PHONE_CODE_TTL_MS);
  const row = await insertPhoneVerification(db, { ...owner, codeHash: sealCode(code), expiresAt });
  return { code, id: row.id, expiresAt };
}

export type CodeCheck =
  | { ok: true }
  | { ok: false; reason: 'no_code' | 'expired' | 'locked' }
  | { ok: false; reason: 'wrong_code'; attemptsLeft: number };

/** Checks the owner's newest code, counting the try; a match marks it used. */
export async function checkCode(db: Db, owner: CodeOwner, code: string, now = Date.now()): Promise<CodeCheck> {
  const pending = await findPendingVerification(db, owner);
  if (pending === undefined) return { ok: false, reason: 'no_code' };
  if (pending.expiresAt.getTime() <= now) return { ok: false, reason: 'expired' };
  const attempts = await takeVerificationAttempt(db, pending.id, PHONE_CODE_MAX_ATTEMPTS);
  if (attempts === undefined) return { ok: false, reason: 'locked' };
  if (!codeMatches(pending.codeHash, code)) {
    return { ok: false, reason: 'wrong_code', attemptsLeft: PHONE_CODE_MAX_ATTEMPTS - attempts };
  }
  await markPhoneVerified(db, pending.id);
  return { ok: true };
}
