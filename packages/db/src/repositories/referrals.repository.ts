// Share links (`/r/<code>`) and the friends who joined through them (migration 0053).
import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../connect';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const CODE_LENGTH = 10;

/** What a share link's code looks like (the table checks the same): anything else names no link. */
export const SHARE_CODE_SHAPE = /^[A-Za-z0-9]{8,32}$/;

/** A code no one can guess from another (about 58 bits), without look-alike characters. */
export function newReferralCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

export interface ShareLinkRow {
  code: string;
  workspaceId: string;
  customerId: string;
  landingUrl: string;
}

/**
 * The customer's share link, made on first use and kept (a link already shared keeps working):
 * its landing page becomes `landingUrl`. Run it in a transaction (the step's): it locks the customer's links.
 */
export async function ensureShareLink(
  trx: Db,
  input: { workspaceId: string; customerId: string; landingUrl: string },
): Promise<ShareLinkRow> {
  // Two steps of one customer at once would each make a link: the second waits and finds the first's.
  await sql`select pg_advisory_xact_lock(hashtextextended(${`referral-link:${input.customerId}`}, 0))`.execute(trx);
  const existing = await trx
    .updateTable('referralLinks')
    .set({ landingUrl: input.landingUrl, updatedAt: new Date() })
    .where('code', '=', (eb) =>
      eb
        .selectFrom('referralLinks')
        .select('code')
        .where('workspaceId', '=', input.workspaceId)
        .where('customerId', '=', input.customerId)
        .orderBy('createdAt')
        .limit(1),
    )
    .returning(['code', 'workspaceId', 'customerId', 'landingUrl'])
    .executeTakeFirst();
  if (existing) return existing;
  return trx
    .insertInto('referralLinks')
    .values({ ...input, code: newReferralCode() })
    .returning(['code', 'workspaceId', 'customerId', 'landingUrl'])
    .executeTakeFirstOrThrow();
}

/** The share link of `code`, whichever workspace holds it. */
export async function findShareLink(db: Db, code: string): Promise<ShareLinkRow | undefined> {
  return db
    .selectFrom('referralLinks')
    .select(['code', 'workspaceId', 'customerId', 'landingUrl'])
    .where('code', '=', code)
    .executeTakeFirst();
}

/** A friend's referral: whose link (`referrerId`) they joined through. */
export interface Referral {
  code: string;
  referrerId: string;
  friendId: string;
}

/**
 * Records that `friendId` joined through `code` (a link of the same workspace, not their own) and
 * returns the friend's referral — this one, or the one recorded before (a friend joins once, ever).
 * Undefined when the code is unknown, of another workspace or the friend's own.
 */
export async function recordReferral(
  db: Db,
  input: { workspaceId: string; friendId: string; code: string },
): Promise<Referral | undefined> {
  await sql`
    insert into referrals (workspace_id, customer_id, code)
    select l.workspace_id, ${input.friendId}::uuid, l.code from referral_links l
    where l.code = ${input.code} and l.workspace_id = ${input.workspaceId}::uuid
      and l.customer_id <> ${input.friendId}::uuid
    on conflict (customer_id) do nothing`.execute(db);
  const row = await db
    .selectFrom('referrals as r')
    .innerJoin('referralLinks as l', 'l.code', 'r.code')
    .select(['r.code', 'l.customerId as referrerId', 'r.customerId as friendId'])
    .where('r.customerId', '=', input.friendId)
    .where('r.workspaceId', '=', input.workspaceId)
    .executeTakeFirst();
  return row;
}
