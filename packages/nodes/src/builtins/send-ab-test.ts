import { z } from 'zod';
import {
  armLetter,
  autoWinnerSchema,
  defaultAutoWinner,
  experimentMetricSchema,
  MAX_ARMS,
  type ExperimentDefinition,
} from '@wayfarer/experiments/schema';
import { messageContentSchema, sendConfigProblems, variantsSchema, type SendChannel } from './send-config';
import type { SendContent } from './send-content';

/** Another wording of the message (B, C, …), with its share of customers. */
const abVariantSchema = z.object({
  label: z.string().trim().max(60).optional().describe('Name shown in the report, e.g. Short subject'),
  percent: z.number().min(0).max(100).default(50).describe('Share of customers who get this wording'),
  ...messageContentSchema.shape,
  variants: variantsSchema.optional(),
});
export type AbVariant = z.infer<typeof abVariantSchema>;

/**
 * An A/B test of the message itself: the step's own wording is A and gets the share the others
 * leave; each customer keeps the wording they got, and a winner can take over for new customers.
 */
export const abTestSchema = z
  .object({
    variants: z
      .array(abVariantSchema)
      .max(MAX_ARMS - 1)
      .default([])
      .describe('Other wordings to test against this one (A)'),
    metric: experimentMetricSchema.default({ kind: 'goal' }),
    autoWinner: autoWinnerSchema.default(defaultAutoWinner),
  })
  .refine((test) => test.variants.reduce((sum, variant) => sum + variant.percent, 0) < 100, {
    message: 'The other wordings take 100 % or more: leave some for this one (A)',
    path: ['variants'],
  });
export type AbTest = z.infer<typeof abTestSchema>;

interface AbTestConfig {
  channel: SendChannel;
  abTest?: AbTest | undefined;
}

/** The experiment a send step runs, or null when it has no other wording. */
export function sendExperiment(config: AbTestConfig): ExperimentDefinition | null {
  const test = config.abTest;
  if (test === undefined || test.variants.length === 0) return null;
  const others = test.variants.reduce((sum, variant) => sum + variant.percent, 0);
  const label = (value: string | undefined, index: number) =>
    value !== undefined && value !== '' ? value : `Wording ${armLetter(index)}`;
  return {
    arms: [
      { label: label(undefined, 0), percent: 100 - others },
      ...test.variants.map((variant, index) => ({ label: label(variant.label, index + 1), percent: variant.percent })),
    ],
    metric: test.metric,
    autoWinner: test.autoWinner,
    measuresOwnMessages: true,
  };
}

/** The wording of arm `arm`: 0 is the step's own, 1… the A/B variants in order. */
export function wordingOfArm(config: SendContent & AbTestConfig, arm: number): SendContent {
  const variant = arm > 0 ? config.abTest?.variants[arm - 1] : undefined;
  if (variant === undefined) return config;
  return {
    subject: variant.subject,
    body: variant.body,
    html: variant.html,
    flex: variant.flex,
    variants: variant.variants,
  };
}

/** Template and channel problems of the other wordings, with their paths in the config. */
export function abTestProblems(config: AbTestConfig): { path: (string | number)[]; message: string }[] {
  return (config.abTest?.variants ?? []).flatMap((variant, index) =>
    sendConfigProblems({ ...variant, channel: config.channel }).map((issue) => ({
      ...issue,
      path: ['abTest', 'variants', index, ...issue.path],
    })),
  );
}
