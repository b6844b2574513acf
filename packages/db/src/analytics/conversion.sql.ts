// "Did this customer convert after time T?" as one SQL boolean over stored events, for every
// metric an experiment, a holdout or the control group measures. Conversions are read from events,
// not from the journey's workflow, so customers held out (or who left the journey early) are
// measured exactly like everyone else.
import { sql, type RawBuilder } from 'kysely';
import type { ExperimentMetric } from '@wayfarer/experiments/schema';
import { compareJson } from '../segments/json-compare';

const DAY_MS = 86_400_000;

/** A journey's goal as its IR states it (an event with filters, reached within a window of entry). */
export interface GoalCriterion {
  event: string;
  where: readonly { path: string; op: string; value?: unknown }[];
  withinMs?: number | undefined;
}

/** What counts as converted, and where its window starts. */
export interface ConversionMeasure {
  metric: ExperimentMetric;
  /** The journey's goal, for the `goal` metric (no goal: nobody converts). */
  goal: GoalCriterion | null;
  journeyId: string;
  /** Email metrics count the emails of this step only (a send step testing its own wording). */
  messagesOfStep?: string | undefined;
}

type Scalar = string | number | boolean;
const isScalar = (value: unknown): value is Scalar => ['string', 'number', 'boolean'].includes(typeof value);
const valueOps = new Set(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains', 'exists', 'not_exists']);

function propertyTest(filter: GoalCriterion['where'][number]): RawBuilder<boolean> {
  const json = sql`(e.properties #> ${filter.path.split('.')}::text[])`;
  if (filter.op === 'in') {
    const values = Array.isArray(filter.value) ? filter.value.filter(isScalar) : [];
    if (values.length === 0) return sql<boolean>`false`;
    return sql<boolean>`(${sql.join(
      values.map((value) => compareJson(json, 'eq', value)),
      sql` or `,
    )})`;
  }
  if (!valueOps.has(filter.op)) return sql<boolean>`false`;
  const value = isScalar(filter.value) ? filter.value : undefined;
  return compareJson(json, filter.op as Parameters<typeof compareJson>[1], value);
}

function window(start: RawBuilder<Date>, ms: number | undefined): RawBuilder<boolean> {
  const from = sql<boolean>`e.timestamp >= ${start}`;
  if (ms === undefined) return from;
  return sql<boolean>`${from} and e.timestamp < ${start} + ${`${ms} milliseconds`}::interval`;
}

function eventsExist(customerId: RawBuilder<string>, conditions: RawBuilder<unknown>[]): RawBuilder<boolean> {
  return sql<boolean>`exists (select 1 from events e where e.customer_id = ${customerId} and ${sql.join(conditions, sql` and `)})`;
}

/** True when the customer `customerId` converted by `measure` at or after `start`. */
export function convertedSql(
  measure: ConversionMeasure,
  customerId: RawBuilder<string>,
  start: RawBuilder<Date>,
): RawBuilder<boolean> {
  const { metric } = measure;
  switch (metric.kind) {
    case 'goal': {
      const goal = measure.goal;
      if (goal === null) return sql<boolean>`false`;
      return eventsExist(customerId, [
        sql`e.name = ${goal.event}::text`,
        window(start, goal.withinMs),
        ...goal.where.map(propertyTest),
      ]);
    }
    case 'event':
      return eventsExist(customerId, [sql`e.name = ${metric.event}::text`, window(start, metric.withinDays * DAY_MS)]);
    case 'email_opened':
    case 'email_clicked': {
      const name = metric.kind;
      const step =
        measure.messagesOfStep === undefined
          ? sql<boolean>`true`
          : sql`e.properties ->> 'stepId' = ${measure.messagesOfStep}::text`;
      return eventsExist(customerId, [
        sql`e.name = ${name}::text`,
        sql`e.properties ->> 'journeyId' = ${measure.journeyId}::text`,
        step,
        window(start, metric.withinDays * DAY_MS),
      ]);
    }
    case 'line_postback': {
      const data =
        metric.data === undefined || metric.data === ''
          ? sql<boolean>`true`
          : sql`e.properties ->> 'data' = ${metric.data}::text`;
      return eventsExist(customerId, [sql`e.name = 'line_postback'`, data, window(start, metric.withinDays * DAY_MS)]);
    }
    default: {
      const unreachable: never = metric;
      return unreachable;
    }
  }
}

/** The measure of a step's experiment: its metric, the journey's goal, and whose emails count. */
export function experimentMeasure(input: {
  journeyId: string;
  stepId: string;
  goal: GoalCriterion | null;
  experiment: { metric: ExperimentMetric; measuresOwnMessages?: boolean | undefined };
}): ConversionMeasure {
  return {
    metric: input.experiment.metric,
    goal: input.goal,
    journeyId: input.journeyId,
    ...(input.experiment.measuresOwnMessages === true ? { messagesOfStep: input.stepId } : {}),
  };
}
