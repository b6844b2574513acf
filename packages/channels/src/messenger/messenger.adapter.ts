import { z } from 'zod';
import { defineAdapter, widenAdapter } from '../define-adapter';
import { defineChannelRuntime } from '../define-channel-runtime';
import { attemptHttp } from '../http-attempt';
import { defaultOutboundPolicy, type OutboundPolicy } from '../outbound/address-policy';
import type { ChannelAdapter } from '../types';
import { unconfirmed, unlessMaybeDelivered } from '../unconfirmed';
import {
  messengerChannel,
  messengerMessageSchema,
  type MessengerConfig,
  type MessengerMessage,
} from './messenger.channel';
import { messengerWebhook } from './messenger.webhook';

const sendAnswer = z.object({ recipient_id: z.string().optional(), message_id: z.string().min(1) });

/** The Send API's `message`: text, or a button template, with quick replies when there are any. */
function messageBody(message: MessengerMessage): Record<string, unknown> {
  const quickReplies = message.quickReplies?.map((reply) => ({ content_type: 'text', ...reply }));
  const content =
    message.buttons === undefined
      ? { text: message.text }
      : {
          attachment: {
            type: 'template',
            payload: { template_type: 'button', text: message.text, buttons: message.buttons },
          },
        };
  return quickReplies === undefined ? content : { ...content, quick_replies: quickReplies };
}

/** The Send API request body (https://developers.facebook.com/docs/messenger-platform/reference/send-api/). */
export function sendApiBody(message: MessengerMessage): Record<string, unknown> {
  return {
    recipient: { id: message.to },
    messaging_type: message.messagingType,
    ...(message.tag === undefined ? {} : { tag: message.tag }),
    message: messageBody(message),
  };
}

/**
 * Messenger through the Send API (`POST /{version}/me/messages?access_token=…`). Meta takes no
 * idempotency key, so only answers that say Meta did not take the message (429, 5xx) are retried;
 * a timeout or a dropped connection is `unknown_outcome`, never sent again (unconfirmed.ts).
 */
export function createMessengerAdapter(
  config: MessengerConfig,
  policy: OutboundPolicy = defaultOutboundPolicy(),
): ChannelAdapter<'messenger'> {
  const url = new URL(`/${config.graphVersion}/me/messages`, config.baseUrl);
  url.searchParams.set('access_token', config.pageAccessToken);
  return defineAdapter('messenger', messengerMessageSchema, async (message, options) => {
    const result = await attemptHttp({
      url: url.toString(),
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(sendApiBody(message)),
      },
      timeoutMs: config.timeoutMs,
      ...(options.signal ? { signal: options.signal } : {}),
      policy,
      accept: async (response) => {
        const parsed = sendAnswer.safeParse(await response.json().catch(() => null));
        // Accepted but unreadable: the message may be on its way.
        if (!parsed.success) return unconfirmed('accepted_without_message_id');
        return { status: 'sent', providerMessageId: parsed.data.message_id };
      },
    });
    return result.status === 'sent' ? result : unlessMaybeDelivered(result);
  });
}

/** Messenger's runtime facet: the Send API adapter and the page webhook. */
export const messengerRuntime = defineChannelRuntime(messengerChannel, {
  createAdapter: (config, deps) => widenAdapter(createMessengerAdapter(config, deps.policy)),
  webhook: messengerWebhook,
});
