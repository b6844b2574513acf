import { z } from 'zod';
import {
  armLetter,
  autoWinnerSchema,
  defaultAutoWinner,
  experimentMetricSchema,
  MAX_ARMS,
  type ExperimentDefinition,
} from '@wayfarer/experiments/schema';
import { defineNodeType, sameInEveryLocale } from '../define';

const variantSchema = z.object({
  label: z.string().trim().max(60).optional().describe('Name shown in the report, e.g. Free shipping'),
  percent: z.number().min(0).max(100),
});

const experimentConfigSchema = z.object({
  variants: z
    .array(variantSchema)
    .min(2, 'An experiment needs at least two variants')
    .max(MAX_ARMS, `An experiment has at most ${MAX_ARMS} variants`)
    .refine(
      (variants) => Math.abs(variants.reduce((sum, variant) => sum + variant.percent, 0) - 100) < 1e-9,
      'Percentages must add up to 100',
    ),
  metric: experimentMetricSchema.default({ kind: 'goal' }),
  autoWinner: autoWinnerSchema.default(defaultAutoWinner),
});
export type ExperimentConfig = z.infer<typeof experimentConfigSchema>;

/** The port of arm `index` (0-based): `variant_1` … `variant_8`. */
export function variantPort(index: number): `variant_${number}` {
  return `variant_${index + 1}`;
}

/** Arm labels as reports show them: the marketer's name, else "Variant A", "Variant B", … */
export function experimentDefinition(config: ExperimentConfig): ExperimentDefinition {
  return {
    arms: config.variants.map((variant, index) => ({
      label: variant.label !== undefined && variant.label !== '' ? variant.label : `Variant ${armLetter(index)}`,
      percent: variant.percent,
    })),
    metric: config.metric,
    autoWinner: config.autoWinner,
  };
}

/**
 * An A/B/n test with paths: each customer gets one variant, drawn by weight and stored, so they keep
 * it when they come back. The daily decision may pick a winner; every new customer then takes the
 * winner's path, while customers already on a path stay on it.
 */
export const experimentNode = defineNodeType({
  type: 'core.experiment',
  version: 1,
  kind: 'action',
  category: 'flow',
  title: { en: 'Experiment', 'zh-TW': '實驗', 'zh-CN': '实验' },
  description: {
    en: 'Test 2–8 paths against each other on a conversion; the winner can take over automatically.',
    'zh-TW': '讓 2–8 條路徑以轉換率互相比較；可自動改走勝出的路徑。',
    'zh-CN': '让 2–8 条路径以转化率互相比较；可自动改走胜出的路径。',
  },
  config: experimentConfigSchema,
  ports: (config) =>
    experimentDefinition(config).arms.map((arm, index) => ({
      name: variantPort(index),
      label: sameInEveryLocale(arm.label),
    })),
  experiment: experimentDefinition,
  eventsRead: () => [],
});
