import { lineMessage, linePostback } from '@wayfarer/events';
import type { QuickReplyItem } from '../builtins/line/line-message-options';
import type { EventSnapshot, StepInfo } from './context';
import { lineChannel, type LineRendered } from '@wayfarer/channels/spec';

/** A LINE reply token and when LINE issued it (the webhook event's time, ISO 8601). */
export type LineReplyToken = NonNullable<LineRendered['reply']>;

const repliable: ReadonlySet<string> = new Set([lineMessage.name, linePostback.name]);

/**
 * The reply token of the customer's latest LINE message or button tap in this journey (the entry
 * event or one a wait received), with when LINE issued it; undefined when there is none.
 */
export function latestReplyToken(context: Pick<StepInfo, 'entryEvent' | 'journeyEvents'>): LineReplyToken | undefined {
  const events: EventSnapshot[] = [...(context.entryEvent ? [context.entryEvent] : []), ...context.journeyEvents];
  let latest: LineReplyToken | undefined;
  for (const event of events) {
    const token = event.properties['replyToken'];
    if (!repliable.has(event.name) || typeof token !== 'string' || token === '') continue;
    if (latest === undefined || Date.parse(event.timestamp) >= Date.parse(latest.issuedAt)) {
      latest = { token, issuedAt: event.timestamp };
    }
  }
  return latest;
}

/**
 * A rendered LINE message with the step's quick replies and, when the step replies and the journey
 * has a reply token, that token; other channels' messages unchanged.
 */
export function withLineOptions<TMessage extends { channel: string }>(
  message: TMessage,
  options: { quickReplies?: readonly QuickReplyItem[] | undefined; reply?: boolean | undefined },
  context: Pick<StepInfo, 'entryEvent' | 'journeyEvents'>,
): TMessage {
  if (message.channel !== lineChannel.name) return message;
  const reply = options.reply === true ? latestReplyToken(context) : undefined;
  return {
    ...message,
    ...(options.quickReplies !== undefined && options.quickReplies.length > 0
      ? { quickReplies: [...options.quickReplies] }
      : {}),
    ...(reply === undefined ? {} : { reply }),
  };
}
