import { z } from 'zod';

// The LINE-native parts of a LINE message besides its content: quick-reply buttons and the reply
// token to answer with. The send step's config has the marketer's side of them (nodes' line options).

/** A quick-reply button: a postback (data back to Wayfarer as `line_postback`) or a message the customer sends. */
export const lineQuickReplyItemSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('postback'),
    label: z.string().min(1).max(20),
    data: z.string().min(1).max(300),
    displayText: z.string().max(300).optional(),
  }),
  z.object({ type: z.literal('message'), label: z.string().min(1).max(20), text: z.string().min(1).max(300) }),
]);
export type LineQuickReplyItem = z.infer<typeof lineQuickReplyItemSchema>;

/** A reply token from a webhook event and when LINE issued it (the event's timestamp). */
export const lineReplyTokenSchema = z.object({ token: z.string().min(1), issuedAt: z.iso.datetime() });
export type LineReplyToken = z.infer<typeof lineReplyTokenSchema>;

/** The optional fields of a LINE message (spread into lineMessageSchema). */
export const lineInteractionsShape = {
  /** Buttons under the message (LINE allows 13). */
  quickReplies: z.array(lineQuickReplyItemSchema).min(1).max(13).optional(),
  /** Answer with this token while it is valid instead of pushing (see line-reply.ts). */
  reply: lineReplyTokenSchema.optional(),
};
