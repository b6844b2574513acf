// What a send step adds to a LINE message besides its wording: quick-reply buttons that talk back
// (a postback tap becomes a `line_postback` event a journey can wait for or branch on) and replying
// with the reply token of the customer's message or tap instead of pushing (free while it is valid).
import { lineMessage, linePostback } from '@wayfarer/events';
import { lineChannel } from '@wayfarer/channels/spec';
import { z } from 'zod';
import { channelsTaking } from '../channel-step-options';

// LINE's limits (Messaging API reference, quick reply and actions): 13 items, labels of 20
// characters, postback data and texts of 300.
const MAX_QUICK_REPLIES = 13;
const label = z.string().trim().min(1, 'Write the button label').max(20).describe('Button label, e.g. 領取優惠');

export const quickReplyItemSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('postback'),
    label,
    data: z
      .string()
      .trim()
      .min(1, 'Write the data the tap sends back')
      .max(300)
      .describe('Data the tap sends back, e.g. action=coupon&id=7'),
    displayText: z.string().trim().max(300).optional().describe('Shown in the chat as the customer’s words'),
  }),
  z.object({
    type: z.literal('message'),
    label,
    text: z.string().trim().min(1, 'Write the text the tap sends').max(300).describe('Text the customer sends'),
  }),
]);
export type QuickReplyItem = z.infer<typeof quickReplyItemSchema>;

/** The LINE-only fields of a send step's config. */
export const lineMessageOptionsShape = {
  quickReplies: z
    .array(quickReplyItemSchema)
    .max(MAX_QUICK_REPLIES)
    .optional()
    .describe(
      'Buttons under a LINE or Messenger message; a postback tap becomes a line_postback or messenger_postback event',
    ),
  reply: z
    .boolean()
    .optional()
    .describe(
      'Answer the customer’s latest LINE message or button tap with its free reply token while it is valid; push after',
    ),
};

/** A send config's LINE options on another channel: each named, since they would be dropped. */
export function lineOptionProblems(config: {
  channel?: string | undefined;
  quickReplies?: readonly QuickReplyItem[] | undefined;
  reply?: boolean | undefined;
}): { path: string[]; message: string }[] {
  if (config.channel === lineChannel.name || config.channel === undefined) return [];
  const problems: { path: string[]; message: string }[] = [];
  const takesQuickReplies = channelsTaking('quickReplies').includes(config.channel);
  if ((config.quickReplies?.length ?? 0) > 0 && !takesQuickReplies) {
    problems.push({ path: ['quickReplies'], message: 'Quick replies are not sent on this channel' });
  }
  if (config.reply === true) problems.push({ path: ['reply'], message: 'Only a LINE message can reply' });
  return problems;
}

/** The events whose reply token a send step uses: LINE messages and taps, when it replies. */
export function repliesTo(config: { reply?: boolean | undefined }): string[] {
  return config.reply === true ? [lineMessage.name, linePostback.name] : [];
}
