// Request bodies of the Segment-compatible ingest API: Segment's six calls (identify, track, page,
// screen, group, alias). Unknown fields (integrations, sentAt, _metadata, …) are accepted and
// ignored, so Segment libraries can post here unchanged.
import { z } from 'zod';
import type { IdentityInput } from '@wayfarer/db';
import { identitiesOf, type IdentityFields } from '../customers/customer-identities';
import { channelUserIdSchema, emailSchema, phoneSchema } from '@wayfarer/identity';
import { canonicalLocale, canonicalTimeZone } from './profile-settings';

/** Segment's id fields: a non-empty string, or a number taken as its decimal text. */
const idSchema = (field: string) =>
  z.union([z.string().trim().min(1).max(255), z.number().transform(String)], {
    error: `${field} is required (a non-empty string)`,
  });

/** Earliest accepted timestamp; older ones are almost always a client clock or unit bug. */
export const EARLIEST_TIMESTAMP = new Date('2000-01-01T00:00:00Z');
/** How far ahead of the receive time a timestamp may be (clock skew of devices). */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

// Kept as sent (Segment), with the receive time stored beside it as `receivedAt`; only values no
// clock skew explains are refused. See apps/server/README.md.
const timestampSchema = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), 'timestamp must be an ISO 8601 date-time')
  .transform((value) => new Date(value))
  .refine((date) => date >= EARLIEST_TIMESTAMP, 'timestamp must not be before 2000-01-01')
  .refine((date) => date.getTime() <= Date.now() + MAX_FUTURE_MS, 'timestamp must not be more than 24 hours ahead');

/** A string replaced by its canonical form, or an issue when it has none. */
function canonicalString(canonicalize: (value: string) => string | undefined, describe: (value: string) => string) {
  return z.string().transform((value, ctx) => {
    const canonical = canonicalize(value);
    if (canonical !== undefined) return canonical;
    ctx.addIssue({ code: 'custom', message: describe(value) });
    return z.NEVER;
  });
}

const timeZoneSchema = canonicalString(
  canonicalTimeZone,
  (value) => `"${value}" is not an IANA time zone (e.g. Asia/Taipei)`,
);
const localeSchema = canonicalString(canonicalLocale, (value) => `"${value}" is not a locale tag (e.g. zh-TW)`);

// Traits that identify the customer (see customers/customer-identities.ts), normalised here.
const identityTraits = {
  email: emailSchema.optional(),
  phone: phoneSchema.optional(),
  lineUserId: channelUserIdSchema.optional(),
};
const traitsSchema = z.looseObject({
  timezone: timeZoneSchema.optional(),
  locale: localeSchema.optional(),
  ...identityTraits,
});
const contextSchema = z.looseObject({
  timezone: timeZoneSchema.optional(),
  locale: localeSchema.optional(),
  line: z.looseObject({ userId: channelUserIdSchema.optional() }).optional(),
  /** Segment puts the traits of the other calls here. */
  traits: z.looseObject(identityTraits).optional(),
});
const propertiesSchema = z.record(z.string(), z.unknown());

const messageFields = {
  userId: idSchema('userId').optional(),
  /** Segment's device id before sign-up: an anonymous profile until an identify names both. */
  anonymousId: idSchema('anonymousId').optional(),
  /** Segment always sends one; without it a retried request cannot be recognised (see README). */
  messageId: z.string().trim().min(1).max(255).optional(),
  timestamp: timestampSchema.optional(),
  context: contextSchema.optional(),
};

/** A message must name its customer somehow; the issue is reported on `userId`. */
const identityRequired = {
  path: ['userId'],
  message:
    'userId, anonymousId or an identity (traits.email, traits.phone, traits.lineUserId, context.line.userId) is required',
  // Checked even when other fields are bad, so one answer names every problem.
  when: (payload: z.core.ParsePayload) => typeof payload.value === 'object' && payload.value !== null,
};

type MessageFields = z.infer<z.ZodObject<typeof messageFields>>;

/** The identities a call names: identify reads its own traits, the other calls `context.traits`. */
export function messageIdentities(message: MessageFields & { type: string; traits?: unknown }): IdentityInput[] {
  const traits = message.type === 'identify' ? (message.traits as IdentityFields['traits']) : message.context?.traits;
  return identitiesOf({ userId: message.userId, anonymousId: message.anonymousId, traits, context: message.context });
}

const named = <T extends z.ZodType<MessageFields & { type: string; traits?: unknown }>>(schema: T) =>
  schema.refine((message) => messageIdentities(message).length > 0, identityRequired);

const identifyFields = z.object({ ...messageFields, traits: traitsSchema.optional() });
const trackFields = z.object({
  ...messageFields,
  event: z.string().trim().min(1, 'event is required').max(255),
  properties: propertiesSchema.optional(),
});
/** page and screen: what was viewed (`name`, `category`) and its properties (url, path, title, …). */
const viewFields = z.object({
  ...messageFields,
  name: z.string().trim().max(255).optional(),
  category: z.string().trim().max(255).optional(),
  properties: propertiesSchema.optional(),
});
const groupFields = z.object({
  ...messageFields,
  groupId: idSchema('groupId'),
  traits: z.record(z.string(), z.unknown()).optional(),
});
const aliasFields = z.object({ ...messageFields, userId: idSchema('userId'), previousId: idSchema('previousId') });

/** One call: an item of a batch, or the body of its own endpoint with the endpoint's `type`. */
export const segmentCallSchema = z.discriminatedUnion(
  'type',
  [
    named(identifyFields.extend({ type: z.literal('identify') })),
    named(trackFields.extend({ type: z.literal('track') })),
    named(viewFields.extend({ type: z.literal('page') })),
    named(viewFields.extend({ type: z.literal('screen') })),
    named(groupFields.extend({ type: z.literal('group') })),
    aliasFields.extend({ type: z.literal('alias') }),
  ],
  { error: 'type must be one of identify, track, page, screen, group, alias' },
);
export type SegmentCall = z.infer<typeof segmentCallSchema>;
export type SegmentCallType = SegmentCall['type'];

/** One problem with a request body; `path` names the field (`batch.3.userId`). */
export interface RequestIssue {
  path: string;
  message: string;
}

/** zod issues as the API reports them, under `prefix` (`batch.3`) when given. */
export function toRequestIssues(error: z.ZodError, prefix: (string | number)[] = []): RequestIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.'),
    message: issue.message,
  }));
}
