// Delivers LINE webhook events to Wayfarer's own webhook as LINE does: a JSON body signed with the
// channel secret (base64 HMAC-SHA256 in `x-line-signature`), injected into the running server.
import { createHmac } from 'node:crypto';
import type { Stack } from './stack';

/** A `follow` from `userId`: the customer added the official account as a friend. */
export function lineFollow(userId: string, webhookEventId: string) {
  return {
    type: 'follow',
    mode: 'active',
    timestamp: Date.now(),
    source: { type: 'user', userId },
    webhookEventId,
    deliveryContext: { isRedelivery: false },
  };
}

/** POSTs `events` to the workspace's LINE webhook, signed with `channelSecret`; the HTTP status. */
export async function deliverLineWebhook(
  stack: Pick<Stack, 'server'>,
  workspaceId: string,
  channelSecret: string,
  events: readonly object[],
): Promise<number> {
  const body = JSON.stringify({ destination: 'Ubot', events });
  const answer = await stack.server.app.inject({
    method: 'POST',
    url: `/v1/webhooks/line/${workspaceId}`,
    headers: {
      'content-type': 'application/json',
      'x-line-signature': createHmac('sha256', channelSecret).update(body).digest('base64'),
    },
    payload: body,
  });
  return answer.statusCode;
}
