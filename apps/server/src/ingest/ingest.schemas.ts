// Request bodies of the Segment-compatible ingest API. Unknown fields (anonymousId, integrations,
// sentAt, …) are accepted and ignored, so Segment libraries can post here unchanged.
import { z } from 'zod';
import { canonicalLocale, canonicalTimeZone } from './profile-settings';

/** Most messages a batch may carry (Segment's own limit is 500 KB, about as many events). */
export const MAX_BATCH_ITEMS = 500;

const userIdSchema = z.union([z.string().trim().min(1).max(255), z.number().transform(String)], {
  error: 'userId is required (a non-empty string)',
});

const timestampSchema = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), 'timestamp must be an ISO 8601 date-time')
  .transform((value) => new Date(value));

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
  userId: userIdSchema,
  /** Segment always sends one; without it a retried request cannot be recognised (see README). */
  messageId: z.string().trim().min(1).max(255).optional(),
  timestamp: timestampSchema.optional(),
};

const traitsSchema = z.looseObject({ timezone: timeZoneSchema.optional(), locale: localeSchema.optional() });

export const identifySchema = z.object({
  ...messageFields,
  traits: traitsSchema.optional(),
  context: z.looseObject({ timezone: timeZoneSchema.optional(), locale: localeSchema.optional() }).optional(),
});
export type IdentifyMessage = z.infer<typeof identifySchema>;

export const trackSchema = z.object({
  ...messageFields,
  event: z.string().trim().min(1, 'event is required').max(255),
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type TrackMessage = z.infer<typeof trackSchema>;

export const batchSchema = z.object({
  batch: z
    .array(
      z.discriminatedUnion(
        'type',
        [identifySchema.extend({ type: z.literal('identify') }), trackSchema.extend({ type: z.literal('track') })],
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
