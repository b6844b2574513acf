import { z } from 'zod';
import { comparisonSchema } from './condition.schema';

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
  z.object({ op: z.literal('activity') }),
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

export const journeySettingsSchema = z.object({
  reentry: z.enum(['once', 'always']).default('once'),
  exitOn: z.array(eventCriterionSchema).default([]),
  goal: goalSchema.nullable().default(null),
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
