import { z } from 'zod';
import { postbackFields } from '../postback-fields';
import { webhookAnswer, type ChannelWebhook, type InboundEvent } from '../webhook-facet';
import type { MessengerConfig } from './messenger.channel';
import { verifyMessengerSignature } from './messenger-signature';

// The Page webhook (https://developers.facebook.com/docs/messenger-platform/webhooks): GET verifies
// the URL with the workspace's verify token; POST carries `messages`, `messaging_postbacks` and
// `messaging_optins`, signed with the app secret. A quick-reply tap arrives as a message with a
// payload and is kept as a postback, like a button's, so a journey waits for one kind of tap.

const messagingSchema = z.looseObject({
  sender: z.looseObject({ id: z.string().min(1) }),
  timestamp: z.number(),
  message: z
    .looseObject({
      mid: z.string().min(1),
      text: z.string().optional(),
      is_echo: z.boolean().optional(),
      quick_reply: z.looseObject({ payload: z.string() }).optional(),
    })
    .optional(),
  postback: z.looseObject({ mid: z.string().optional(), title: z.string().optional(), payload: z.string() }).optional(),
  optin: z
    .looseObject({
      ref: z.string().optional(),
      type: z.string().optional(),
      notification_messages_status: z.string().optional(),
    })
    .optional(),
});
type Messaging = z.infer<typeof messagingSchema>;

export const messengerWebhookBodySchema = z.looseObject({
  object: z.string(),
  entry: z.array(z.looseObject({ id: z.string(), messaging: z.array(messagingSchema).optional() })),
});

function tap(data: string, extra: Record<string, unknown>): Pick<InboundEvent, 'name' | 'properties'> {
  const fields = postbackFields(data);
  return { name: 'messenger_postback', properties: { data, ...(fields === undefined ? {} : { fields }), ...extra } };
}

/** The Wayfarer event of one messaging item, or undefined for items that are no customer's doing. */
export function mapMessaging(item: Messaging): InboundEvent | undefined {
  const base = { identity: { kind: 'messenger' as const, value: item.sender.id }, timestamp: new Date(item.timestamp) };
  const { message, postback, optin } = item;
  if (message !== undefined) {
    // Echoes are the page's own messages.
    if (message.is_echo === true) return undefined;
    const event =
      message.quick_reply === undefined
        ? {
            name: 'messenger_message',
            properties: { mid: message.mid, ...(message.text === undefined ? {} : { text: message.text }) },
          }
        : tap(message.quick_reply.payload, { title: message.text ?? '' });
    return { ...base, ...event, messageId: message.mid };
  }
  if (postback !== undefined) {
    const messageId = postback.mid ?? `postback:${item.sender.id}:${item.timestamp}`;
    return { ...base, ...tap(postback.payload, { title: postback.title ?? '' }), messageId };
  }
  if (optin !== undefined) {
    const stopped = optin.notification_messages_status === 'STOP NOTIFICATIONS';
    return {
      ...base,
      name: 'messenger_optin',
      properties: {
        ...(optin.ref === undefined ? {} : { ref: optin.ref }),
        ...(optin.type === undefined ? {} : { type: optin.type }),
      },
      messageId: `optin:${item.sender.id}:${item.timestamp}`,
      consent: stopped ? 'unsubscribed' : 'subscribed',
    };
  }
  return undefined;
}

/** GET: Meta's verification of the webhook URL — echo the challenge when the token matches. */
function verifyUrl(query: Readonly<Record<string, string>>, config: MessengerConfig) {
  if (query['hub.mode'] === 'subscribe' && query['hub.verify_token'] === config.verifyToken) {
    return webhookAnswer(200, query['hub.challenge'] ?? '', 'text/plain');
  }
  return webhookAnswer(403, { error: 'verification_failed', message: 'hub.verify_token does not match.' });
}

export const messengerWebhook: ChannelWebhook<MessengerConfig> = {
  handle(request, config) {
    if (request.method === 'GET') return verifyUrl(request.query, config);
    if (!verifyMessengerSignature(request.body, config.appSecret, request.headers['x-hub-signature-256'])) {
      return webhookAnswer(401, {
        error: 'invalid_signature',
        message: 'X-Hub-Signature-256 does not match the body.',
      });
    }
    let json: unknown;
    try {
      json = JSON.parse(request.body.toString('utf8'));
    } catch {
      return webhookAnswer(400, { error: 'invalid_request', message: 'The body is not JSON.' });
    }
    const parsed = messengerWebhookBodySchema.safeParse(json);
    if (!parsed.success)
      return webhookAnswer(400, { error: 'invalid_request', message: 'The body is not a Page webhook.' });
    // Only this workspace's page; in delivery order, so a message lands before a later tap.
    const events = parsed.data.entry
      .filter((entry) => entry.id === config.pageId)
      .flatMap((entry) => (entry.messaging ?? []).map(mapMessaging))
      .filter((event): event is InboundEvent => event !== undefined);
    return { status: 200, body: 'EVENT_RECEIVED', contentType: 'text/plain', events };
  },
};
