// A friend who signs up with a share link's code credits the customer who shared it: their first
// identify carrying `traits.referral_code` records the referral (once per friend, ever) and stores
// `referral_joined` for the referrer, which the router then routes like any event.
import { insertQueuedEvents, recordReferral, SHARE_CODE_SHAPE, type Db, type EventRow } from '@wayfarer/db';
import { referralJoined } from '@wayfarer/events';

/** The trait a sign-up passes the code in (the landing page reads it from `?ref=`). */
export const REFERRAL_CODE_TRAIT = 'referral_code';

type IdentifyEvent = Pick<EventRow, 'id' | 'workspaceId' | 'customerId' | 'properties' | 'timestamp'>;

// Someone who identified before is a member already, not a friend joining.
async function identifiedBefore(db: Db, event: IdentifyEvent): Promise<boolean> {
  const earlier = await db
    .selectFrom('events')
    .select('id')
    .where('workspaceId', '=', event.workspaceId)
    .where('customerId', '=', event.customerId)
    .where('kind', '=', 'identify')
    .where('id', '<>', event.id)
    .where('timestamp', '<=', event.timestamp)
    .limit(1)
    .executeTakeFirst();
  return earlier !== undefined;
}

/**
 * Credits the referral an identify call carries, if it is the customer's first and the code is
 * another customer's link in the workspace. Safe to run again for the same event: the referral and
 * the `referral_joined` event (keyed by the friend) are each stored once.
 */
export async function creditReferral(db: Db, event: IdentifyEvent): Promise<void> {
  const code = event.properties[REFERRAL_CODE_TRAIT];
  if (typeof code !== 'string' || !SHARE_CODE_SHAPE.test(code)) return;
  if (await identifiedBefore(db, event)) return;
  const referral = await recordReferral(db, { workspaceId: event.workspaceId, friendId: event.customerId, code });
  if (referral === undefined) return;
  await insertQueuedEvents(db, [
    {
      workspaceId: event.workspaceId,
      customerId: referral.referrerId,
      messageId: `${referralJoined.name}:${referral.friendId}`,
      kind: 'track',
      name: referralJoined.name,
      properties: { code: referral.code, friendCustomerId: referral.friendId },
      timestamp: event.timestamp,
    },
  ]);
}
