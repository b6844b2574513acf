// LINE Messaging API webhook events (https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects)
// as Wayfarer events. Only events from a user are kept: a group or room without a user id names no customer.
import { lineFollowed, lineMessage, linePostback, lineUnfollowed, type PropertiesOf } from '@wayfarer/events';
import { z } from 'zod';
import { postbackProperties } from './line-postback';

const lineEventSchema = z.looseObject({
  type: z.string(),
  /** Unique per event and kept on redelivery: the event's messageId, so a redelivery stores once. */
  webhookEventId: z.string().min(1),
  timestamp: z.number(),
  source: z.looseObject({ type: z.string(), userId: z.string().min(1).optional() }).optional(),
  message: z.looseObject({ type: z.string(), id: z.string().optional(), text: z.string().optional() }).optional(),
  postback: z.looseObject({ data: z.string(), params: z.record(z.string(), z.unknown()).optional() }).optional(),
  /** Message and postback events carry one: a free reply while it is valid (see line-reply in channels). */
  replyToken: z.string().min(1).optional(),
});
export type LineEvent = z.infer<typeof lineEventSchema>;

export const lineWebhookBodySchema = z.looseObject({
  destination: z.string().optional(),
  events: z.array(lineEventSchema),
});

/** What one LINE event becomes: a track event of the customer with this LINE user id. */
export interface MappedLineEvent {
  lineUserId: string;
  messageId: string;
  name: (typeof lineFollowed | typeof lineUnfollowed | typeof lineMessage | typeof linePostback)['name'];
  properties: Record<string, unknown>;
  timestamp: Date;
  /** Profile attributes the event sets (LINE channel consent). */
  attributes: Record<string, unknown>;
}

type Mapped = Pick<MappedLineEvent, 'name' | 'properties' | 'attributes'>;

function mapByType(event: LineEvent): Mapped | undefined {
  switch (event.type) {
    case 'follow':
      return { name: lineFollowed.name, properties: {}, attributes: { line_subscribed: true } };
    case 'unfollow':
      return { name: lineUnfollowed.name, properties: {}, attributes: { line_subscribed: false } };
    case 'message': {
      const { type, id, text } = event.message ?? { type: 'unknown' };
      const properties: PropertiesOf<typeof lineMessage> = {
        messageType: type,
        ...(id === undefined ? {} : { lineMessageId: id }),
        ...(text === undefined ? {} : { text }),
        ...(event.replyToken === undefined ? {} : { replyToken: event.replyToken }),
      };
      return { name: lineMessage.name, properties, attributes: {} };
    }
    case 'postback': {
      if (event.postback === undefined) return undefined;
      return {
        name: linePostback.name,
        properties: postbackProperties(event.postback, event.replyToken),
        attributes: {},
      };
    }
    default:
      // join, leave, beacon, … are not customer events (yet); LINE still gets its 200.
      return undefined;
  }
}

/** The Wayfarer event of a LINE event, or undefined for events that concern no customer. */
export function mapLineEvent(event: LineEvent): MappedLineEvent | undefined {
  const lineUserId = event.source?.userId;
  if (lineUserId === undefined) return undefined;
  const mapped = mapByType(event);
  if (mapped === undefined) return undefined;
  return { ...mapped, lineUserId, messageId: event.webhookEventId, timestamp: new Date(event.timestamp) };
}
