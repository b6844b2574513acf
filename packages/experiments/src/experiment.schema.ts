// What a step's A/B/n test is, as node configs declare it: the arms, what counts as a conversion,
// and when the winner takes over. Pure zod, safe in the browser and the workflow sandbox (this
// entry does not load the statistics).
import { z } from 'zod';

/** Arms an experiment may have (A … H). */
export const MAX_ARMS = 8;

const withinDays = z.number().int().min(1).max(90).default(7).describe('Counted if it happens within this many days');

/**
 * What counts as a conversion for a customer who got an arm:
 * - `goal`: the journey's conversion goal (its event, filters and window);
 * - `event`: an event within `withinDays` of getting the arm;
 * - `email_opened` / `email_clicked`: an email of this journey opened / a link clicked within the window;
 * - `line_postback`: a LINE postback (optionally with this `data`) within the window.
 */
export const experimentMetricSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('goal') }),
  z.object({
    kind: z.literal('event'),
    event: z.string().trim().min(1).describe('Event name, e.g. purchase'),
    withinDays,
  }),
  z.object({ kind: z.literal('email_opened'), withinDays }),
  z.object({ kind: z.literal('email_clicked'), withinDays }),
  z.object({
    kind: z.literal('line_postback'),
    data: z.string().trim().max(300).optional().describe('Postback data, e.g. action=buy'),
    withinDays,
  }),
]);
export type ExperimentMetric = z.infer<typeof experimentMetricSchema>;

/** When the winner takes over: on, and after every arm has this many customers. */
export const autoWinnerSchema = z.object({
  enabled: z.boolean().default(true).describe('Send every new customer down the winner once the test is sure'),
  minimumPerVariant: z.number().int().min(100).max(1_000_000).default(500),
});
export type AutoWinner = z.infer<typeof autoWinnerSchema>;

export const defaultAutoWinner: AutoWinner = { enabled: true, minimumPerVariant: 500 };

/** One arm: its name for reports (a letter when unnamed) and its share of new customers. */
export interface ExperimentArm {
  label: string;
  percent: number;
}

/** A step's experiment as the worker and reports see it, whatever node type declares it. */
export interface ExperimentDefinition {
  arms: readonly ExperimentArm[];
  metric: ExperimentMetric;
  autoWinner: AutoWinner;
  /** Email metrics count only the emails this step sends (a send step testing its own wording). */
  measuresOwnMessages?: boolean;
}

/** A, B, C … for arm 0, 1, 2 … */
export function armLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** How a customer got their arm: drawn by weight, sent to the recorded winner, or forced by a test run. */
export const assignmentSources = ['random', 'winner', 'forced'] as const;
export type AssignmentSource = (typeof assignmentSources)[number];
