// What the message template API accepts: a name, the channel it is written for, and content in the
// send node's own shape (sendContentSchema), checked as publishing checks a send node.
import { sendChannels, sendContentProblems, sendContentSchema } from '@wayfarer/nodes';
import { credentialChannelNames } from '@wayfarer/channels/spec';
import { z } from 'zod';

const templateNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the template a name')
  .max(120, 'Keep the name under 120 characters')
  .regex(/^[^\p{Cc}]*$/u, 'The name cannot hold control characters');

const templateChannelSchema = z.enum(sendChannels);

/** Content and channel together: a template must be valid for the channel it is written for. */
export const writtenForSchema = z
  .object({ channel: templateChannelSchema, content: sendContentSchema })
  .superRefine(({ channel, content }, ctx) => {
    for (const problem of sendContentProblems(channel, content)) {
      ctx.addIssue({ code: 'custom', path: ['content', ...problem.field.split('.')], message: problem.message });
    }
  });

export const createTemplateInput = z.object({ name: templateNameSchema }).and(writtenForSchema);

/** `update` changes the fields given; channel and content are then checked together (see the router). */
export const updateTemplateInput = z.object({
  id: z.uuid(),
  name: templateNameSchema.optional(),
  channel: templateChannelSchema.optional(),
  content: sendContentSchema.optional(),
});

export const previewInput = z.object({
  channel: templateChannelSchema,
  /** Content as it is being edited (an empty body too): its problems come back in the result. */
  content: sendContentSchema.extend({ body: z.string().max(10_000) }),
  customerId: z.uuid(),
  /** Preview the wording customers of this locale get instead of the customer's own. */
  locale: z.string().min(2).max(35).optional(),
});
export type PreviewInput = z.infer<typeof previewInput>;

const someone = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('customer'), customerId: z.uuid() }),
  z.object({ kind: z.literal('sample') }),
]);

/** A test send: the content as written, whose data fills it, and who gets it (see test-send.ts). */
export const testSendInput = z
  .object({
    /** One per click, made by the client: a repeated request is the same test, sent once. */
    requestId: z.uuid(),
    channel: z.enum(credentialChannelNames),
    content: sendContentSchema,
    data: someone,
    recipient: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('me') }),
      z.object({ kind: z.literal('customer'), customerId: z.uuid() }),
    ]),
  })
  .superRefine(({ channel, content }, ctx) => {
    for (const problem of sendContentProblems(channel, content)) {
      ctx.addIssue({ code: 'custom', path: ['content', ...problem.field.split('.')], message: problem.message });
    }
  });
export type TestSendInput = z.infer<typeof testSendInput>;
