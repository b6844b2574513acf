// Replying with a LINE reply token instead of pushing: replies do not count against the paid push
// quota. LINE's rule (Messaging API reference, "Send reply message"): a reply token can be used
// once, and must be used within one minute of the webhook — later use is not guaranteed to work.
// Replies have no X-Line-Retry-Key, so a reply that may have arrived is never repeated, nor
// followed by a push: its outcome is `unknown_outcome`. A token LINE refuses delivered nothing,
// and the message is pushed instead (with the retry key, so that push is exactly-once).
import { HTTPFetchError, type messagingApi } from '@line/bot-sdk';
import { raceSignal, type Deadline } from './deadline';
import { classifyHttpFailure, classifyNoAnswer } from './failures';
import type { LineReplyToken } from './line-interactions.schema';
import type { OutboundPolicy } from './outbound/address-policy';
import { withOutboundPolicy } from './outbound/http-dispatcher';
import type { DeliveryResult } from './types';

/** How long LINE honours a reply token after the webhook event: one minute. */
export const LINE_REPLY_TOKEN_LIFETIME_MS = 60_000;
/** Stop replying this much earlier: the request takes time to reach LINE. */
export const LINE_REPLY_TOKEN_MARGIN_MS = 5_000;

/** Whether a reply token is still worth using at `now` (ms), else the message is pushed. */
export function replyTokenUsable(reply: LineReplyToken, now: number): boolean {
  const issuedAt = Date.parse(reply.issuedAt);
  return now - issuedAt < LINE_REPLY_TOKEN_LIFETIME_MS - LINE_REPLY_TOKEN_MARGIN_MS;
}

/** LINE's answer to a used or expired token (400 `Invalid reply token`). */
function tokenRefused(error: HTTPFetchError): boolean {
  return error.status === 400 && /invalid reply token/i.test(error.body);
}

const unconfirmed = (detail: string): DeliveryResult => ({
  status: 'failed',
  retryable: false,
  code: 'unknown_outcome',
  detail: `reply_unconfirmed_${detail}`,
});

/** A failed reply: refused token (push instead), a final or rate-limited answer, or an unknown outcome. */
function replyFailure(error: unknown, deadline: Deadline): DeliveryResult | 'token_refused' {
  if (error instanceof HTTPFetchError) {
    if (tokenRefused(error)) return 'token_refused';
    const failure = classifyHttpFailure(error.status, error.headers);
    // 429: LINE did not take it. A 5xx or 408 may have delivered it: never again.
    if (error.status === 429 || !failure.retryable) return failure;
    return unconfirmed(failure.detail);
  }
  const failure = classifyNoAnswer(error, deadline.reason() ?? 'network');
  // Refused before connecting (outbound policy, TLS): nothing reached LINE.
  if (failure.code === 'address_refused' || failure.code === 'tls_failed') return failure;
  return unconfirmed(failure.detail);
}

/**
 * Sends `messages` as the reply of `reply.token` (`POST /v2/bot/message/reply`). 'token_refused'
 * when LINE refuses the token (used or expired): nothing was delivered, the caller pushes.
 */
export async function replyWithToken(
  client: messagingApi.MessagingApiClient,
  policy: OutboundPolicy,
  reply: LineReplyToken,
  messages: messagingApi.Message[],
  deadline: Deadline,
): Promise<DeliveryResult | 'token_refused'> {
  try {
    const call = withOutboundPolicy(policy, () =>
      client.replyMessageWithHttpInfo({ replyToken: reply.token, messages }),
    );
    const { body, httpResponse } = await raceSignal(call, deadline.signal);
    const parsed = body as messagingApi.ReplyMessageResponse | null;
    const sentId = parsed?.sentMessages[0]?.id ?? httpResponse.headers.get('x-line-request-id');
    return { status: 'sent', providerMessageId: sentId ?? `reply:${reply.token.slice(0, 8)}` };
  } catch (error) {
    return replyFailure(error, deadline);
  }
}
