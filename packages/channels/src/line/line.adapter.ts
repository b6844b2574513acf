import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import type { LineConfig } from './line.channel';
import { raceSignal, startDeadline, type Deadline } from '../deadline';
import { defineAdapter, widenAdapter } from '../define-adapter';
import { classifyHttpFailure, classifyNoAnswer } from '../failures';
import { uuidFromKey } from '../idempotency';
import { lineChannel, lineMessageSchema, type LineMessage } from './line.channel';
import { defineChannelRuntime } from '../define-channel-runtime';
import { MULTICAST_LIMIT, type ChannelAdapter, type DeliveryResult, type SendOptions } from '../types';
import { defaultOutboundPolicy, type OutboundPolicy } from '../outbound/address-policy';
import { withOutboundPolicy } from '../outbound/http-dispatcher';
import { quickReplyItem } from '../line-quick-reply';
import { replyTokenUsable, replyWithToken } from '../line-reply';

function toLineContent(content: LineMessage['content']): messagingApi.Message {
  switch (content.type) {
    case 'text':
      return { type: 'text', text: content.text };
    case 'flex':
      // The Flex document is LINE's JSON; the API validates it and answers 400 when it is wrong.
      return {
        type: 'flex',
        altText: content.altText,
        contents: content.contents as unknown as messagingApi.FlexContainer,
      };
    default: {
      const unreachable: never = content;
      return unreachable;
    }
  }
}

/** The Messaging API message: the content, with its quick-reply buttons when it has any. */
function toLineMessage(message: Omit<LineMessage, 'to'>): messagingApi.Message {
  const content = toLineContent(message.content);
  if (message.quickReplies === undefined) return content;
  return { ...content, quickReply: { items: message.quickReplies.map(quickReplyItem) } };
}

function lineFailure(error: unknown, deadline: Deadline, retryKey: string): DeliveryResult {
  if (error instanceof HTTPFetchError) {
    // LINE answers 409 when a request with this retry key was already accepted: it was sent.
    if (error.status === 409) {
      const accepted = error.headers.get('x-line-accepted-request-id');
      return { status: 'sent', providerMessageId: accepted ?? `retry-key:${retryKey}` };
    }
    return classifyHttpFailure(error.status, error.headers);
  }
  return classifyNoAnswer(error, deadline.reason() ?? 'network');
}

/**
 * LINE push messages through `@line/bot-sdk`'s MessagingApiClient. The idempotency key becomes the
 * X-Line-Retry-Key, so LINE itself refuses to deliver a retried push twice. A message with a reply
 * token still in its minute is sent as a free reply instead (line-reply.ts), pushed when LINE
 * refuses the token. The SDK's fetch runs under the outbound policy (its redirects too).
 */
export function createLineAdapter(
  config: LineConfig,
  policy: OutboundPolicy = defaultOutboundPolicy(),
): ChannelAdapter<'line'> {
  const client = new messagingApi.MessagingApiClient({
    channelAccessToken: config.channelAccessToken,
    baseURL: config.baseUrl,
  });
  const adapter = defineAdapter('line', lineMessageSchema, async (message, options) => {
    const retryKey = uuidFromKey(options.idempotencyKey);
    const deadline = startDeadline(config.timeoutMs, options.signal);
    const messages = [toLineMessage(message)];
    try {
      if (message.reply !== undefined && replyTokenUsable(message.reply, Date.now())) {
        const replied = await replyWithToken(client, policy, message.reply, messages, deadline);
        if (replied !== 'token_refused') return replied;
      }
      const push = withOutboundPolicy(policy, () =>
        client.pushMessageWithHttpInfo({ to: message.to, messages }, retryKey),
      );
      const { body, httpResponse } = await raceSignal(push, deadline.signal);
      // The SDK types the body as always present, but an empty answer parses to null.
      const parsed = body as messagingApi.PushMessageResponse | null;
      const sentId = parsed?.sentMessages[0]?.id ?? httpResponse.headers.get('x-line-request-id');
      return { status: 'sent', providerMessageId: sentId ?? `retry-key:${retryKey}` };
    } catch (error) {
      return lineFailure(error, deadline, retryKey);
    } finally {
      deadline.dispose();
    }
  });
  return {
    ...adapter,
    multicast: (message, to, options) => multicast(client, policy, config.timeoutMs, message, to, options),
  };
}

const multicastMessageSchema = lineMessageSchema.omit({ to: true, reply: true });

/**
 * One message to up to 500 LINE user ids (`POST /v2/bot/message/multicast`), under the request's
 * retry key: LINE answers 409 to a key it accepted before, and that counts as sent. The body has
 * no message ids: the request id stands for every recipient.
 */
async function multicast(
  client: messagingApi.MessagingApiClient,
  policy: OutboundPolicy,
  timeoutMs: number,
  message: unknown,
  to: readonly string[],
  options: SendOptions,
): Promise<DeliveryResult> {
  const parsed = multicastMessageSchema.safeParse(message);
  if (!parsed.success || to.length === 0 || to.length > MULTICAST_LIMIT) {
    const detail = parsed.success ? `${to.length} recipients` : parsed.error.issues.map((i) => i.message).join('; ');
    return { status: 'failed', retryable: false, code: 'invalid_message', detail };
  }
  const retryKey = uuidFromKey(options.idempotencyKey);
  const deadline = startDeadline(timeoutMs, options.signal);
  try {
    const request = withOutboundPolicy(policy, () =>
      client.multicastWithHttpInfo({ to: [...to], messages: [toLineMessage(parsed.data)] }, retryKey),
    );
    const { httpResponse } = await raceSignal(request, deadline.signal);
    return {
      status: 'sent',
      providerMessageId: httpResponse.headers.get('x-line-request-id') ?? `retry-key:${retryKey}`,
    };
  } catch (error) {
    return lineFailure(error, deadline, retryKey);
  } finally {
    deadline.dispose();
  }
}

/** LINE's runtime facet: the push adapter. */
export const lineRuntime = defineChannelRuntime(lineChannel, {
  createAdapter: (config, deps) => widenAdapter(createLineAdapter(config, deps.policy)),
});
