// What a column of an imported file means: an identity, a typed attribute, tags, a consent, the
// tier or an opening points balance. One schema for the API, the CLI's map.json and the wizard.
import { channelsWhere, type ProviderChannelName } from '@wayfarer/channels/spec';
import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';

export const attributeTypes = ['text', 'number', 'date', 'boolean'] as const;
export type AttributeType = (typeof attributeTypes)[number];

/** Channels a file can carry consent for: those with a person's address (webhooks have no person to ask). */
export const consentChannels = channelsWhere((spec) => spec.policy.consent && spec.address !== null) as [
  ProviderChannelName,
  ...ProviderChannelName[],
];
export type ImportConsentChannel = ProviderChannelName;

/** How numeric dates such as `04/05/1990` or `79/05/04` are read; ISO and `民國` dates always work. */
export const dateOrders = ['ymd', 'dmy', 'mdy', 'roc'] as const;
export type DateOrder = (typeof dateOrders)[number];

/** Attribute names: no dots (conditions read `a.b` as a path) and no surrounding spaces. */
const attributeKey = z
  .string()
  .trim()
  .min(1, 'attribute name is required')
  .max(100)
  .refine((key) => !key.includes('.'), 'attribute name must not contain "."');

const channel = z.enum(consentChannels);

export const columnTargetSchema = z.discriminatedUnion('target', [
  z.object({ target: z.literal('ignore') }),
  z.object({ target: z.literal('externalId') }),
  z.object({ target: z.literal('email') }),
  z.object({ target: z.literal('phone') }),
  z.object({ target: z.literal('lineUserId') }),
  z.object({ target: z.literal('attribute'), key: attributeKey, type: z.enum(attributeTypes).default('text') }),
  z.object({ target: z.literal('tags'), separator: z.string().min(1).max(3).default(',') }),
  z.object({
    target: z.literal('consent'),
    channel,
    /** Where the answer was given (`pos`, `line-oa-export`); kept with the consent. */
    source: z.string().trim().min(1).max(100).default('import'),
  }),
  /** When the consent in the same row's `consent` column of this channel was given. */
  z.object({ target: z.literal('consentTime'), channel }),
  /** A tier key or name of the loyalty programme. */
  z.object({ target: z.literal('tier') }),
  z.object({
    target: z.literal('points'),
    reason: z.string().trim().min(1).max(200).default('Opening balance'),
    /** Months until the balance expires; null never; absent: the workspace's setting. */
    expiresInMonths: z.number().int().min(1).max(120).nullable().optional(),
  }),
]);
export type ColumnTarget = z.infer<typeof columnTargetSchema>;
export type ColumnTargetKind = ColumnTarget['target'];

// `"Email": "email"` is short for `{ "target": "email" }` (handy in a hand-written map.json).
const columnSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { target: value } : value),
  columnTargetSchema,
);

const single: readonly ColumnTargetKind[] = ['externalId', 'email', 'phone', 'lineUserId', 'tier', 'points'];

/** Which column is what, by header name; columns left out are ignored. */
export const importMappingSchema = z
  .object({
    columns: z.record(z.string(), columnSchema),
    /** Country of phone numbers written without `+` (ISO 3166 code, e.g. TW for `0912 345 678`). */
    defaultCountry: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isSupportedCountry, 'defaultCountry must be a country code such as TW')
      .default('TW'),
    dateOrder: z.enum(dateOrders).default('ymd'),
  })
  .superRefine((mapping, ctx) => {
    const seen = new Map<string, string>();
    for (const [column, target] of Object.entries(mapping.columns)) {
      const key = uniquenessKey(target);
      if (key === undefined) continue;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns', column],
          message: `"${column}" and "${first}" map to the same field`,
        });
      }
      seen.set(key, column);
    }
  });
export type ImportMapping = z.infer<typeof importMappingSchema>;
export type ImportMappingInput = z.input<typeof importMappingSchema>;

// Two columns may not fill the same field: which one would win is not obvious to anyone.
function uniquenessKey(target: ColumnTarget): string | undefined {
  if (single.includes(target.target)) return target.target;
  switch (target.target) {
    case 'attribute':
      return `attribute:${target.key}`;
    case 'consent':
    case 'consentTime':
      return `${target.target}:${target.channel}`;
    default:
      return undefined;
  }
}
