// Counts behind experiment decisions and reports: per arm of a step's test, customers who got it by
// a random draw (the only ones the test may compare) and how many of them converted; per day for
// the chart; and per group (treated / held out) for a journey's holdout.
import { sql } from 'kysely';
import type { Db } from '../connect';
import { convertedSql, type ConversionMeasure } from './conversion.sql';

export interface ArmCount {
  arm: number;
  entered: number;
  converted: number;
}

/** One arm's new customers and their conversions on one UTC day of assignment (`YYYY-MM-DD`). */
export interface ArmDay extends ArmCount {
  day: string;
}

export interface ExperimentScopeOf {
  journeyId: string;
  stepId: string;
}

/**
 * Customers per arm who were drawn at random and not held out, and how many converted. Those sent
 * down a recorded winner (or forced by a test run) are not a random sample and are left out.
 */
export async function experimentArmCounts(
  db: Db,
  scope: ExperimentScopeOf,
  measure: ConversionMeasure,
  arms: number,
): Promise<ArmCount[]> {
  const rows = await db
    .selectFrom('experimentAssignments as a')
    .select((eb) => [
      'a.arm',
      eb.fn.countAll<string>().as('entered'),
      sql<string>`count(*) filter (where ${convertedSql(measure, sql.ref('a.customer_id'), sql.ref('a.assigned_at'))})`.as(
        'converted',
      ),
    ])
    .where('a.journeyId', '=', scope.journeyId)
    .where('a.stepId', '=', scope.stepId)
    .where('a.source', '=', 'random')
    .where('a.withheld', 'is', null)
    .groupBy('a.arm')
    .execute();
  return Array.from({ length: arms }, (_, arm) => {
    const row = rows.find((candidate) => candidate.arm === arm);
    return { arm, entered: Number(row?.entered ?? 0), converted: Number(row?.converted ?? 0) };
  });
}

/** The same counts by day of assignment, oldest first (the report's chart cumulates them). */
export async function experimentArmDays(
  db: Db,
  scope: ExperimentScopeOf,
  measure: ConversionMeasure,
): Promise<ArmDay[]> {
  const day = sql<string>`to_char(a.assigned_at at time zone 'UTC', 'YYYY-MM-DD')`;
  const rows = await db
    .selectFrom('experimentAssignments as a')
    .select((eb) => [
      day.as('day'),
      'a.arm',
      eb.fn.countAll<string>().as('entered'),
      sql<string>`count(*) filter (where ${convertedSql(measure, sql.ref('a.customer_id'), sql.ref('a.assigned_at'))})`.as(
        'converted',
      ),
    ])
    .where('a.journeyId', '=', scope.journeyId)
    .where('a.stepId', '=', scope.stepId)
    .where('a.source', '=', 'random')
    .where('a.withheld', 'is', null)
    .groupBy([day, 'a.arm'])
    .orderBy(day)
    .orderBy('a.arm')
    .execute();
  return rows.map((row) => ({
    day: row.day,
    arm: row.arm,
    entered: Number(row.entered),
    converted: Number(row.converted),
  }));
}

/** How many customers got each arm in any way (winner and forced included), for the report. */
export async function experimentArmTotals(
  db: Db,
  scope: ExperimentScopeOf,
): Promise<{ arm: number; source: string; customers: number }[]> {
  const rows = await db
    .selectFrom('experimentAssignments')
    .select((eb) => ['arm', 'source', eb.fn.countAll<string>().as('customers')])
    .where('journeyId', '=', scope.journeyId)
    .where('stepId', '=', scope.stepId)
    .groupBy(['arm', 'source'])
    .execute();
  return rows.map((row) => ({ arm: row.arm, source: row.source, customers: Number(row.customers) }));
}

/** Entrants of a journey treated and held out (control group entrants are neither), and conversions. */
export async function holdoutCounts(
  db: Db,
  journeyId: string,
  measure: ConversionMeasure,
): Promise<{ treated: { entered: number; converted: number }; heldOut: { entered: number; converted: number } }> {
  // One row per customer: their first entry is the one the comparison is about.
  const rows = await sql<{ withheld: string | null; entered: string; converted: string }>`
    with first_entries as (
      select distinct on (customer_id) customer_id, withheld, entered_at from enrollments
      where journey_id = ${journeyId} order by customer_id, entered_at
    )
    select withheld, count(*) as entered,
      count(*) filter (where ${convertedSql(measure, sql.ref('f.customer_id'), sql.ref('f.entered_at'))}) as converted
    from first_entries f where withheld is null or withheld = 'holdout' group by withheld`.execute(db);
  const group = (withheld: string | null) => {
    const row = rows.rows.find((candidate) => candidate.withheld === withheld);
    return { entered: Number(row?.entered ?? 0), converted: Number(row?.converted ?? 0) };
  };
  return { treated: group(null), heldOut: group('holdout') };
}
