// What the message template API accepts: a name, the channel it is written for, and content in the
// send node's own shape (sendContentSchema), checked as publishing checks a send node.
import { sendChannels, sendContentProblems, sendContentSchema } from '@wayfarer/nodes';
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
