import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import { webhookAnswer, type ChannelWebhook, type InboundEvent } from '../webhook-facet';
import type { WechatConfig } from './wechat.channel';
import { verifyWechatSignature } from './wechat-signature';

// The Official Account callback, plain-text mode: GET verifies the URL (echo `echostr`), POST carries
// one XML message or event. Both are signed in the query with the callback token. WeChat wants
// `success` back within five seconds and redelivers otherwise; a redelivery has the same MsgId
// (messages) or FromUserName + CreateTime (events), so it stores once.

// Values stay strings (an OpenID or MsgId must not become a number); no entities, no attributes.
const parser = new XMLParser({
  parseTagValue: false,
  processEntities: false,
  ignoreAttributes: true,
  trimValues: true,
});

const callbackSchema = z.object({
  xml: z.looseObject({
    FromUserName: z.string().min(1),
    CreateTime: z.string().regex(/^\d{1,12}$/),
    MsgType: z.string().min(1),
    Content: z.string().optional(),
    MsgId: z.string().optional(),
    Event: z.string().optional(),
    EventKey: z.string().optional(),
  }),
});
type Callback = z.infer<typeof callbackSchema>['xml'];

type Mapped = Pick<InboundEvent, 'name' | 'properties'> & Partial<Pick<InboundEvent, 'consent'>>;

function mapEvent(callback: Callback): Mapped | undefined {
  switch (callback.Event?.toLowerCase()) {
    case 'subscribe':
      return { name: 'wechat_subscribed', properties: {}, consent: 'subscribed' };
    case 'unsubscribe':
      return { name: 'wechat_unsubscribed', properties: {}, consent: 'unsubscribed' };
    case 'click':
      return { name: 'wechat_menu_clicked', properties: { key: callback.EventKey ?? '' } };
    default:
      // VIEW, LOCATION, SCAN, … are not customer events (yet); WeChat still gets its `success`.
      return undefined;
  }
}

/** The Wayfarer event of one callback, or undefined for kinds that are no customer event. */
export function mapWechatCallback(callback: Callback): InboundEvent | undefined {
  const mapped =
    callback.MsgType === 'event'
      ? mapEvent(callback)
      : {
          name: 'wechat_message',
          properties: {
            msgType: callback.MsgType,
            ...(callback.Content === undefined ? {} : { text: callback.Content }),
            ...(callback.MsgId === undefined ? {} : { msgId: callback.MsgId }),
          },
        };
  if (mapped === undefined) return undefined;
  const messageId = callback.MsgId ?? `${callback.FromUserName}:${callback.CreateTime}:${callback.Event ?? ''}`;
  return {
    ...mapped,
    identity: { kind: 'wechat', value: callback.FromUserName },
    messageId,
    timestamp: new Date(Number(callback.CreateTime) * 1000),
  };
}

export const wechatWebhook: ChannelWebhook<WechatConfig> = {
  handle(request, config) {
    if (!verifyWechatSignature(config.token, request.query)) {
      return webhookAnswer(401, { error: 'invalid_signature', message: 'signature does not match the token.' });
    }
    if (request.method === 'GET') return webhookAnswer(200, request.query['echostr'] ?? '', 'text/plain');
    let parsed: ReturnType<typeof callbackSchema.safeParse>;
    try {
      parsed = callbackSchema.safeParse(parser.parse(request.body.toString('utf8'), true));
    } catch {
      return webhookAnswer(400, { error: 'invalid_request', message: 'The body is not XML.' });
    }
    if (!parsed.success)
      return webhookAnswer(400, { error: 'invalid_request', message: 'The body is not a WeChat message.' });
    const event = mapWechatCallback(parsed.data.xml);
    return { status: 200, body: 'success', contentType: 'text/plain', events: event === undefined ? [] : [event] };
  },
};
