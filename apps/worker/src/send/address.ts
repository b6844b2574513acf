import type { IdentityKind } from '@wayfarer/db';
import type { RenderedMessage } from '@wayfarer/nodes/runtime';

export type DeliveryChannel = RenderedMessage['channel'];

const identityOf: Record<DeliveryChannel, IdentityKind | null> = {
  line: 'line',
  email: 'email',
  sms: 'phone',
  // A webhook goes to the workspace's endpoint, with the customer in the payload.
  webhook: null,
};

/**
 * The recipient's address on a channel from the customer's identities: `null` when the channel
 * needs none, `undefined` when it needs one the customer does not have.
 */
export function addressFor(
  channel: DeliveryChannel,
  identities: readonly { kind: IdentityKind; value: string }[],
): string | null | undefined {
  const kind = identityOf[channel];
  if (kind === null) return null;
  // The most recently bound identity is last; customers seldom have more than one per kind.
  return identities.filter((identity) => identity.kind === kind).at(-1)?.value;
}
