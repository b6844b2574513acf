import { z } from 'zod';
import { comparisonSchema } from './condition.schema';
import { durationSchema } from './duration';

/** Bump when the IR's meaning changes; workflow input carries it. */
export const IR_VERSION = 1;

export const nodeKinds = ['trigger', 'action', 'wait', 'branch', 'end'] as const;
export const nodeKindSchema = z.enum(nodeKinds);
export type NodeKind = z.infer<typeof nodeKindSchema>;

/**
 * The instruction set of the interpreter. Node types translate their config into one of these at
 * compile time, so the workflow never needs to know a node type by name.
 */
export const runPlanSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('pass'), port: z.string() }),
  z.object({
    op: z.literal('activity'),
    /**
     * The task queue the step's activity runs on instead of the journey's own: set by the worker
     * when it loads a version (a send goes to its channel's rate-limited queue), never compiled in.
     */
    taskQueue: z.string().optional(),
  }),
  z.object({ op: z.literal('sleep'), ms: z.number().int().nonnegative(), port: z.string() }),
  z.object({
    op: z.literal('await-event'),
    event: z.string(),
    where: z.array(comparisonSchema),
    timeoutMs: z.number().int().positive(),
    eventPort: z.string(),
    timeoutPort: z.string(),
  }),
  z.object({
    op: z.literal('split'),
    branches: z.array(z.object({ port: z.string(), weight: z.number().nonnegative() })).min(1),
  }),
  z.object({ op: z.literal('end') }),
]);
export type RunPlan = z.infer<typeof runPlanSchema>;

/** How an incoming fact starts a journey at a trigger step. */
export const triggerMatchSchema = z.discriminatedUnion('on', [
  z.object({ on: z.literal('event'), event: z.string(), where: z.array(comparisonSchema) }),
  z.object({ on: z.literal('api') }),
  z.object({ on: z.literal('tag'), tag: z.string() }),
  /**
   * A date attribute comes round (birthday, signup anniversary): `offsetDays` before (< 0) or after
   * it, at `at` (HH:MM) in each customer's time zone. Fired from a Temporal Schedule.
   */
  z.object({
    on: z.literal('date'),
    attribute: z.string().min(1),
    offsetDays: z.number().int(),
    at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  }),
  /** A marketer sends the journey to a segment's members, now or at a set time, in batches. */
  z.object({ on: z.literal('broadcast'), segmentId: z.string().min(1) }),
  /**
   * A node package's own event rule (see event-rule.ts): an event named in `events` starts the
   * journey when the rule `rule` says it matches, given `config`.
   */
  z.object({
    on: z.literal('rule'),
    rule: z.string().min(1),
    events: z.array(z.string().min(1)).min(1),
    config: z.unknown(),
  }),
]);
export type TriggerMatch = z.infer<typeof triggerMatchSchema>;

export const stepSchema = z.object({
  id: z.string(),
  type: z.string(),
  typeVersion: z.number().int().positive(),
  kind: nodeKindSchema,
  config: z.unknown(),
  next: z.record(z.string(), z.string().nullable()),
  plan: runPlanSchema,
});
export type Step = z.infer<typeof stepSchema>;

export const eventCriterionSchema = z.object({
  event: z.string().min(1),
  where: z.array(comparisonSchema).default([]),
});
export type EventCriterion = z.infer<typeof eventCriterionSchema>;

export const goalSchema = eventCriterionSchema.extend({
  withinMs: z.number().int().positive().optional(),
});

export const reentryRules = ['once', 'after_exit', 'every'] as const;

/**
 * Who may enter again (Customer.io / Braze semantics):
 * - `once`: a customer enters at most once, ever;
 * - `after_exit`: again once their previous enrollment has finished;
 * - `every`: on every matching entry, even while inside (subject to `reentryCooldown`).
 * Documents written before these rules say `always`, read as `every` with no cooldown.
 */
export const reentrySchema = z.union([z.enum(reentryRules), z.literal('always').transform((): 'every' => 'every')]);
export type ReentryRule = z.infer<typeof reentrySchema>;

/** At most `max` new entries into the journey per `per` window; entries beyond it are skipped. */
export const entryLimitSchema = z.object({
  max: z.number().int().positive(),
  per: durationSchema,
});
export type EntryLimit = z.infer<typeof entryLimitSchema>;

export const journeySettingsSchema = z.object({
  reentry: reentrySchema.default('once'),
  /** Where re-entry is allowed: no new entry within this span of the customer's last entry. */
  reentryCooldown: durationSchema.nullable().default(null),
  entryLimit: entryLimitSchema.nullable().default(null),
  exitOn: z.array(eventCriterionSchema).default([]),
  goal: goalSchema.nullable().default(null),
  /**
   * This share of entrants (a stable draw per customer) enters and is counted but gets no messages
   * and no rewards, so the journey's lift can be measured against them. Absent means none (and
   * leaves the IR, and its hash, of journeys without one as they were).
   */
  holdoutPercent: z.number().min(0).max(50).optional(),
  /** Receipts, password resets…: the workspace's control group still gets these journeys' messages. */
  transactional: z.boolean().optional(),
  /** Steps walked in one run before the workflow continues-as-new (keeps history small). */
  continueAsNewAfterSteps: z.number().int().min(2).max(10_000).default(500),
});
export type JourneySettings = z.infer<typeof journeySettingsSchema>;

export const journeyIRSchema = z.object({
  irVersion: z.literal(IR_VERSION),
  hash: z.string(),
  start: z.array(z.string()),
  triggers: z.array(z.object({ stepId: z.string(), type: z.string(), match: triggerMatchSchema })),
  exit: z.array(eventCriterionSchema),
  goal: goalSchema.nullable(),
  settings: journeySettingsSchema,
  steps: z.record(z.string(), stepSchema),
});
export type JourneyIR = z.infer<typeof journeyIRSchema>;
