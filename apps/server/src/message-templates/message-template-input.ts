// What the message template API accepts: a name, the channel it is written for, and content in the
// send node's own shape (sendContentSchema), checked as publishing checks a send node.
import { sendChannels, sendContentProblems, sendContentSchema } from '@wayfarer/nodes';
import { channelSpec, credentialChannelNames, type ProviderChannelName } from '@wayfarer/channels/spec';
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

/** What is wrong with `address` as the channel's recipient (its message schema's `to`), if anything. */
function addressProblem(channel: ProviderChannelName, address: string): string | undefined {
  const message = channelSpec(channel).message;
  const to = message instanceof z.ZodObject ? (message.shape as Record<string, unknown>).to : undefined;
  if (!(to instanceof z.ZodType)) return undefined;
  const parsed = to.safeParse(address);
  return parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'Not an address of this channel.');
}

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
      /** An address on the channel as typed (admins only), e.g. a LINE user id while connecting LINE. */
      z.object({ kind: z.literal('address'), address: z.string().trim().min(1).max(320) }),
    ]),
  })
  .superRefine(({ channel, content, recipient }, ctx) => {
    const problem = recipient.kind === 'address' ? addressProblem(channel, recipient.address) : undefined;
    if (problem !== undefined) ctx.addIssue({ code: 'custom', path: ['recipient', 'address'], message: problem });
    for (const problem of sendContentProblems(channel, content)) {
      ctx.addIssue({ code: 'custom', path: ['content', ...problem.field.split('.')], message: problem.message });
    }
  });
export type TestSendInput = z.infer<typeof testSendInput>;
