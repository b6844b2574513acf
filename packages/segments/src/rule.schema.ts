import { z } from 'zod';

// A segment is a rule over what we know of a customer. The same JSON is stored with the segment,
// edited by the rule builder, and compiled to SQL by @wayfarer/db (one meaning of "member").

export const valueOperators = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains', 'exists', 'not_exists'] as const;
export type ValueOperator = (typeof valueOperators)[number];

export const countOperators = ['gte', 'lte', 'eq'] as const;
export type CountOperator = (typeof countOperators)[number];

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** A profile attribute compared with a value (`exists`/`not_exists` take none). Dates compare as ISO text. */
export const attributeConditionSchema = z.object({
  type: z.literal('attribute'),
  key: z.string().trim().min(1).max(200),
  op: z.enum(valueOperators),
  value: scalar.optional(),
});

/** The customer has (or has not) the tag. */
export const tagConditionSchema = z.object({
  type: z.literal('tag'),
  tag: z.string().trim().min(1).max(100),
  has: z.boolean().default(true),
});

/** The customer's points balance compared with a number. */
export const pointsConditionSchema = z.object({
  type: z.literal('points'),
  op: z.enum(['eq', 'neq', 'gt', 'gte', 'lt', 'lte']),
  value: z.number().int(),
});

/** The customer's loyalty tier is / is not one of the given tiers. */
export const tierConditionSchema = z.object({
  type: z.literal('tier'),
  in: z.array(z.string().trim().min(1)).min(1),
  negate: z.boolean().default(false),
});

/** The customer value tiers (issue 6), most valuable first; mirrors `ValueTier` in @wayfarer/loyalty. */
export const valueTierKeys = ['strategic', 'high_value', 'core', 'general', 'potential'] as const;
export type ValueTierKey = (typeof valueTierKeys)[number];

/** The customer's computed value tier is / is not one of the given tiers (never computed: in none). */
export const valueTierConditionSchema = z.object({
  type: z.literal('valueTier'),
  in: z.array(z.enum(valueTierKeys)).min(1),
  negate: z.boolean().default(false),
});

/**
 * How many times the customer did `event` (optionally filtered on its properties) within the last
 * `withinDays` days (all time when null). "Did purchase ≥ 2 times in 30 days" is
 * `{ count: { op: 'gte', value: 2 }, withinDays: 30 }`; "has not opened in 60 days" is
 * `{ count: { op: 'eq', value: 0 }, withinDays: 60 }`.
 */
export const eventConditionSchema = z.object({
  type: z.literal('event'),
  event: z.string().trim().min(1).max(200),
  where: z
    .array(z.object({ path: z.string().min(1), op: z.enum(valueOperators), value: scalar.optional() }))
    .default([]),
  count: z.object({ op: z.enum(countOperators), value: z.number().int().nonnegative() }),
  withinDays: z.number().int().positive().max(3650).nullable().default(null),
});

/**
 * The customer is (or, with `negate`, is not) on a static list: a segment whose members are
 * written from files. A list's own rule is this condition naming itself.
 */
export const listConditionSchema = z.object({
  type: z.literal('list'),
  listId: z.uuid(),
  negate: z.boolean().default(false),
});

export const segmentConditionSchema = z.discriminatedUnion('type', [
  attributeConditionSchema,
  tagConditionSchema,
  pointsConditionSchema,
  tierConditionSchema,
  valueTierConditionSchema,
  eventConditionSchema,
  listConditionSchema,
]);
export type SegmentCondition = z.infer<typeof segmentConditionSchema>;

/** A condition, or and/or/not over rules. */
export type SegmentRule =
  | SegmentCondition
  | { type: 'all'; rules: SegmentRule[] }
  | { type: 'any'; rules: SegmentRule[] }
  | { type: 'not'; rule: SegmentRule };

export const segmentRuleSchema: z.ZodType<SegmentRule, unknown> = z.lazy(() =>
  // One discriminated union (not a union of unions) so an error names the rule it is in.
  z.discriminatedUnion('type', [
    attributeConditionSchema,
    tagConditionSchema,
    pointsConditionSchema,
    tierConditionSchema,
    valueTierConditionSchema,
    eventConditionSchema,
    listConditionSchema,
    z.object({ type: z.literal('all'), rules: z.array(segmentRuleSchema).max(100) }),
    z.object({ type: z.literal('any'), rules: z.array(segmentRuleSchema).max(100) }),
    z.object({ type: z.literal('not'), rule: segmentRuleSchema }),
  ]),
);

/** What a segment is saved as. */
export const segmentDefinitionSchema = z.object({
  name: z.string().trim().min(1).max(120),
  description: z.string().max(1000).default(''),
  rule: segmentRuleSchema,
});
export type SegmentDefinition = z.infer<typeof segmentDefinitionSchema>;
