// Meta's Graph API Send endpoint as Meta documents it (POST /v21.0/me/messages?access_token=…):
// the page token in the query, a recipient PSID, `messaging_type` and `tag`, and an answer with the
// recipient and message ids. Errors are Graph error objects. `fail(index)` may answer a request
// instead: a 5xx or 429 (Meta did not take it), or 'hang' after taking it (the answer never arrives).
import type { RecordedRequest, Reply } from '../integration/channels/http-sink';

export const messengerPageToken = 'EAAG-page-access-token';
export const messengerAppSecret = 'messenger-app-secret-7c1d';
export const messengerVerifyToken = 'verify-wayfarer-page';
export const messengerPageId = '104512345678901';

export interface MessengerDelivery {
  recipient: { id: string };
  messaging_type: string;
  tag?: string;
  message: Record<string, unknown>;
}

export function messengerGraphApi(fail: (index: number) => Reply | undefined = () => undefined) {
  /** Messages Meta took (and would deliver), in order. */
  const delivered: MessengerDelivery[] = [];
  const reply = (request: RecordedRequest, index: number): Reply => {
    const url = new URL(request.path, 'http://graph.local');
    if (request.method !== 'POST' || url.pathname !== '/v21.0/me/messages') return { status: 404 };
    if (url.searchParams.get('access_token') !== messengerPageToken) {
      return {
        status: 400,
        body: { error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 } },
      };
    }
    const failure = fail(index);
    if (failure !== undefined && failure !== 'hang') return failure;
    const body = JSON.parse(request.body) as MessengerDelivery;
    if (typeof body.recipient?.id !== 'string' || typeof body.messaging_type !== 'string') {
      return { status: 400, body: { error: { message: 'param recipient must be non-empty.', code: 100 } } };
    }
    delivered.push(body);
    if (failure === 'hang') return 'hang';
    return { status: 200, body: { recipient_id: body.recipient.id, message_id: `m_${delivered.length}` } };
  };
  return { reply, delivered };
}
