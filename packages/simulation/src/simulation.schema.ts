// The simulation's result as the API returns it (issue 7). zod is the source of the types.
import { valueTierKeys } from '@wayfarer/segments';
import { z } from 'zod';

/** What became of a message in a test run; absent means sent. */
export const simulatedMessageStatuses = ['sent', 'skipped', 'deferred', 'failed'] as const;

export const simulatedMessageSchema = z.object({
  channel: z.string(),
  subject: z.string().optional(),
  body: z.string(),
  status: z.enum(simulatedMessageStatuses).optional(),
  /** Why it was not sent as it is: `template_error`, `unsubscribed`, `quiet_hours`, … */
  reason: z.string().optional(),
  detail: z.string().optional(),
  /** A deferred message: when it is tried again (the end of the quiet hours, simulated clock). */
  until: z.iso.datetime().optional(),
});
export type SimulatedMessage = z.infer<typeof simulatedMessageSchema>;

/** A reward a step gave, as data the panel puts into words in the marketer's language. */
export const simulatedRewardSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('points'), points: z.number(), reason: z.string(), balance: z.number() }),
  z.object({ kind: z.literal('points_deducted'), points: z.number(), reason: z.string(), balance: z.number() }),
  z.object({ kind: z.literal('coupon'), poolId: z.string(), poolName: z.string(), code: z.string() }),
  z.object({ kind: z.literal('badge'), badgeKey: z.string(), badgeName: z.string() }),
  z.object({ kind: z.literal('lottery'), lotteryId: z.string(), prizeKey: z.string(), prizeName: z.string() }),
]);
export type SimulatedReward = z.infer<typeof simulatedRewardSchema>;

const segmentChange = { segmentId: z.string(), segmentName: z.string() };

/** A change to the customer a step caused (or a fact it produced), as data for the panel. */
export const simulatedChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tag_added'), tag: z.string() }),
  z.object({ kind: z.literal('tag_removed'), tag: z.string() }),
  /** `value` is the new value as JSON text (`"welcomed"`, `3`). */
  z.object({ kind: z.literal('attribute_set'), key: z.string(), value: z.string() }),
  z.object({ kind: z.literal('event_recorded'), event: z.string() }),
  z.object({ kind: z.literal('segment_entered'), ...segmentChange }),
  z.object({ kind: z.literal('segment_exited'), ...segmentChange }),
  /** Tier keys and names; null is "no tier". */
  z.object({
    kind: z.literal('tier_changed'),
    from: z.string().nullable(),
    to: z.string().nullable(),
    fromName: z.string().nullable(),
    toName: z.string().nullable(),
    direction: z.enum(['upgrade', 'downgrade']),
  }),
]);
export type SimulatedChange = z.infer<typeof simulatedChangeSchema>;

export const simulatedStepSchema = z.object({
  /** Which entry into the journey: 1 is the test run's own, later ones were started by events in it. */
  entry: z.number().int().positive(),
  stepId: z.string(),
  nodeType: z.string(),
  visit: z.number().int().positive(),
  enteredAt: z.iso.datetime(),
  leftAt: z.iso.datetime().nullable(),
  port: z.string().nullable(),
  messages: z.array(simulatedMessageSchema),
  rewards: z.array(simulatedRewardSchema),
  changes: z.array(simulatedChangeSchema),
});
export type SimulatedStep = z.infer<typeof simulatedStepSchema>;

export const simulationResultSchema = z.object({
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime(),
  outcome: z.enum(['completed', 'exited', 'waiting']),
  exitReason: z.string().nullable(),
  steps: z.array(simulatedStepSchema),
  goalReachedAt: z.iso.datetime().nullable(),
  elapsedMs: z.number().nonnegative(),
});
export type SimulationResult = z.infer<typeof simulationResultSchema>;

/** The simulated customer: one of the workspace's, or made up for the run (nothing is stored). */
export const simulationCustomerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), customerId: z.uuid() }),
  z.object({
    kind: z.literal('sample'),
    externalId: z.string().trim().min(1).max(255).optional(),
    attributes: z.record(z.string(), z.unknown()),
    tags: z.array(z.string().trim().min(1)),
    timezone: z.string().min(1),
    locale: z.string().min(1),
    points: z.number().int().optional(),
    /** Loyalty membership tier key (e.g. gold) and customer value tier, for branches that test them. */
    tier: z.string().trim().min(1).optional(),
    valueTier: z.enum(valueTierKeys).optional(),
  }),
]);
export type SimulationCustomer = z.infer<typeof simulationCustomerSchema>;

export const simulationEventSchema = z.object({
  name: z.string().trim().min(1),
  properties: z.record(z.string(), z.unknown()),
});

/** An event the customer does `atHours` after the start ("purchase on day 2" is atHours 24..48). */
export const injectedEventSchema = simulationEventSchema.extend({ atHours: z.number().min(0) });
export type InjectedEventSpec = z.infer<typeof injectedEventSchema>;

/** What to simulate besides the journey itself. */
export const simulationScenarioSchema = z.object({
  customer: simulationCustomerSchema,
  startEvent: simulationEventSchema,
  days: z.number().int().min(1).max(365),
  events: z.array(injectedEventSchema).max(100),
  /** `ignore`: send as if the workspace had no consent, frequency cap, smart sending or quiet hours. */
  sendingRules: z.enum(['apply', 'ignore']).optional(),
  /** Force an experiment's variant: step id → arm (0 = A). Other experiments draw as the worker would. */
  variants: z.record(z.string(), z.number().int().min(0).max(7)).optional(),
});
export type SimulationScenario = z.infer<typeof simulationScenarioSchema>;
