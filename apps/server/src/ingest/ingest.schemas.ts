// Request bodies of the Segment-compatible ingest API. Unknown fields (anonymousId, integrations,
// sentAt, …) are accepted and ignored, so Segment libraries can post here unchanged.
import { z } from 'zod';
import { identitiesOf, type IdentityFields } from '../customers/customer-identities';
import { channelUserIdSchema, emailSchema, phoneSchema } from '@wayfarer/identity';
import { canonicalLocale, canonicalTimeZone } from './profile-settings';

/** Most messages a batch may carry (Segment's own limit is 500 KB, about as many events). */
export const MAX_BATCH_ITEMS = 500;

const userIdSchema = z.union([z.string().trim().min(1).max(255), z.number().transform(String)], {
  error: 'userId is required (a non-empty string)',
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

const messageFields = {
  userId: userIdSchema.optional(),
  /** Segment always sends one; without it a retried request cannot be recognised (see README). */
  messageId: z.string().trim().min(1).max(255).optional(),
  timestamp: timestampSchema.optional(),
};

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
  /** Segment puts a track's traits here. */
  traits: z.looseObject(identityTraits).optional(),
});

/** A message must name its customer somehow; the issue is reported on `userId`. */
const identityRequired = {
  path: ['userId'],
  message: 'userId or an identity (traits.email, traits.phone, traits.lineUserId, context.line.userId) is required',
  // Checked even when other fields are bad, so one answer names every problem.
  when: (payload: z.core.ParsePayload) => typeof payload.value === 'object' && payload.value !== null,
};

function hasIdentity<T>(identities: (value: T) => IdentityFields) {
  return (value: T) => identitiesOf(identities(value)).length > 0;
}

const identifyFields = z.object({
  ...messageFields,
  traits: traitsSchema.optional(),
  context: contextSchema.optional(),
});
const identifyIdentities = (message: z.infer<typeof identifyFields>): IdentityFields => message;
export const identifySchema = identifyFields.refine(hasIdentity(identifyIdentities), identityRequired);
export type IdentifyMessage = z.infer<typeof identifySchema>;

const trackFields = z.object({
  ...messageFields,
  event: z.string().trim().min(1, 'event is required').max(255),
  properties: z.record(z.string(), z.unknown()).optional(),
  context: contextSchema.optional(),
});
/** A track names its customer by userId, `context.traits` (email, phone, lineUserId) or `context.line`. */
export const trackIdentities = (message: z.infer<typeof trackFields>): IdentityFields => ({
  userId: message.userId,
  traits: message.context?.traits,
  context: message.context,
});
export const trackSchema = trackFields.refine(hasIdentity(trackIdentities), identityRequired);
export type TrackMessage = z.infer<typeof trackSchema>;

export const batchSchema = z.object({
  batch: z
    .array(
      z.discriminatedUnion(
        'type',
        [
          identifyFields
            .extend({ type: z.literal('identify') })
            .refine(hasIdentity(identifyIdentities), identityRequired),
          trackFields.extend({ type: z.literal('track') }).refine(hasIdentity(trackIdentities), identityRequired),
        ],
        {
          error: 'type must be "identify" or "track"',
        },
      ),
    )
    .min(1, 'batch must hold at least one message')
    .max(MAX_BATCH_ITEMS, `batch holds at most ${MAX_BATCH_ITEMS} messages`),
});
export type BatchMessage = z.infer<typeof batchSchema>['batch'][number];

/** One problem with a request body; `path` names the field (`batch.3.userId`). */
export interface RequestIssue {
  path: string;
  message: string;
}

/** zod issues as the API reports them. */
export function toRequestIssues(error: z.ZodError): RequestIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
