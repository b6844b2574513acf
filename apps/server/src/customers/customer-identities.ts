import type { IdentityInput } from '@wayfarer/db';

/** The identity-bearing fields of an ingest message, already normalised by its schema. */
export interface IdentityFields {
  userId?: string | undefined;
  anonymousId?: string | undefined;
  traits?: { email?: string | undefined; phone?: string | undefined; lineUserId?: string | undefined } | undefined;
  context?: { line?: { userId?: string | undefined } | undefined } | undefined;
}

/**
 * The identities a message names, userId first (it picks the surviving profile on a merge):
 * `userId`, `traits.email`, `traits.phone`, the LINE user id from `context.line.userId` or
 * `traits.lineUserId`, and Segment's `anonymousId` last (a device: it joins, never decides).
 */
export function identitiesOf(message: IdentityFields): IdentityInput[] {
  const identities: IdentityInput[] = [];
  if (message.userId !== undefined) identities.push({ kind: 'user_id', value: message.userId });
  const { email, phone, lineUserId } = message.traits ?? {};
  if (email !== undefined) identities.push({ kind: 'email', value: email });
  if (phone !== undefined) identities.push({ kind: 'phone', value: phone });
  const line = message.context?.line?.userId ?? lineUserId;
  if (line !== undefined) identities.push({ kind: 'line', value: line });
  if (message.anonymousId !== undefined) identities.push({ kind: 'anonymous_id', value: message.anonymousId });
  return identities;
}
