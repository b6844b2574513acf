import type { z } from 'zod';
import { classifyNoAnswer } from './failures';
import type { ChannelName, MessageFor } from './channel-registry';
import type { ChannelAdapter, DeliveryResult, SendOptions } from './types';

/** Delivers a message already validated against its channel's schema. */
export type Deliver<C extends ChannelName> = (message: MessageFor<C>, options: SendOptions) => Promise<DeliveryResult>;

/**
 * Wraps a channel's delivery in the checks every adapter shares: the message is for this channel
 * and valid, and the caller has not already cancelled. Bad input is a final failure, never a throw.
 */
export function defineAdapter<C extends ChannelName>(
  channel: C,
  schema: z.ZodType<MessageFor<C>>,
  deliver: Deliver<C>,
): ChannelAdapter<C> {
  return {
    channel,
    async send(message, options) {
      if (message.channel !== channel) {
        return {
          status: 'failed',
          retryable: false,
          code: 'channel_mismatch',
          detail: `A ${message.channel} message was given to the ${channel} adapter.`,
        };
      }
      const parsed = schema.safeParse(message);
      if (!parsed.success) {
        const detail = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
        return { status: 'failed', retryable: false, code: 'invalid_message', detail };
      }
      if (options.signal?.aborted) return classifyNoAnswer(options.signal.reason, 'aborted');
      return deliver(parsed.data, options);
    },
  };
}

/** One channel's adapter as an adapter of any channel: safe, as every adapter checks the message's channel at run time. */
export function widenAdapter<C extends ChannelName>(adapter: ChannelAdapter<C>): ChannelAdapter {
  return adapter as unknown as ChannelAdapter;
}
