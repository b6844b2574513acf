import { channelSpec, type ChannelMessage, type IdentityKindOfAddress, type RenderedMessage } from '@wayfarer/channels';

/** The readable text stored on the message row (what a support person would want to see). */
export function messageText(message: RenderedMessage): { subject: string | null; body: string } {
  return channelSpec(message.channel).summary(message);
}

/** The provider message: the rendered content, the recipient's address, the unsubscribe link. */
export function channelMessage(
  message: RenderedMessage,
  address: string | null,
  unsubscribeUrl: () => string,
): ChannelMessage {
  // The definition builds the message of its own channel.
  return channelSpec(message.channel).toMessage(message, { address, unsubscribeUrl }) as ChannelMessage;
}

/**
 * The recipient's address on a channel from the customer's identities: `null` when the channel
 * needs none, `undefined` when it needs one the customer does not have.
 */
export function addressFor(
  channel: RenderedMessage['channel'],
  identities: readonly { kind: string; value: string }[],
): string | null | undefined {
  const kind: IdentityKindOfAddress | null = channelSpec(channel).address;
  if (kind === null) return null;
  // The most recently bound identity is last; customers seldom have more than one per kind.
  return identities.filter((identity) => identity.kind === kind).at(-1)?.value;
}
