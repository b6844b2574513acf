import { channelsWhere, type WordingField } from '@wayfarer/channels/spec';
import { z } from 'zod';
import {
  messageContentSchema,
  sendChannels,
  sendConfigProblems,
  variantsSchema,
  type SendChannel,
} from './send-config';

/**
 * A message's wording with its per-locale variants: the content fields of a send node's config,
 * and what a message template of the workspace library stores (so one can be copied into the other).
 */
export const sendContentSchema = z.object({ ...messageContentSchema.shape, variants: variantsSchema.optional() });
export type SendContent = z.infer<typeof sendContentSchema>;

const channelsUsing = (field: WordingField): readonly SendChannel[] =>
  channelsWhere((spec) => spec.wording.fields.includes(field));

/** The optional content fields and the channels that use them; `body` is used by every channel. */
export const channelContentFields: Readonly<Record<WordingField, readonly SendChannel[]>> = {
  subject: channelsUsing('subject'),
  html: channelsUsing('html'),
  flex: channelsUsing('flex'),
};

/** A problem in a message's content, with the dotted path of its field (`variants.zh-TW.body`). */
export interface ContentProblem {
  field: string;
  message: string;
}

/** Template and channel problems of content sent on `channel`, found without rendering it. */
export function sendContentProblems(channel: SendChannel, content: SendContent): ContentProblem[] {
  return sendConfigProblems({ channel, ...content }).map((issue) => ({
    field: issue.path.join('.'),
    message: issue.message,
  }));
}

/**
 * A message template as its form edits it: the channel beside the content fields (the send node's
 * layout, so the same form hints apply), checked as publishing checks a send node.
 */
export const channelContentSchema = z
  .object({ channel: z.enum(sendChannels), ...sendContentSchema.shape })
  .superRefine(({ channel, ...content }, ctx) => {
    for (const issue of sendConfigProblems({ channel, ...content })) ctx.addIssue({ code: 'custom', ...issue });
  });
export type ChannelContent = z.infer<typeof channelContentSchema>;
