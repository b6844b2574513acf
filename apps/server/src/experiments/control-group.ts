// The workspace's control group: its size and what its report measures (admins set them), and the
// report — conversion and revenue per customer of everyone else over the control group.
import { controlGroupTotals, getControlGroup, saveControlGroup, type Db } from '@wayfarer/db';
import { groupLift, valueLift } from '@wayfarer/experiments';
import { z } from 'zod';

export const controlGroupInputSchema = z.object({
  percent: z.number().min(0).max(50),
  conversionEvent: z.string().trim().min(1).max(200),
  revenueProperty: z.string().trim().min(1).max(200),
});

export async function controlGroupSettings(db: Db, workspaceId: string) {
  const row = await getControlGroup(db, workspaceId);
  return { percent: row.percent, conversionEvent: row.conversionEvent, revenueProperty: row.revenueProperty };
}

export async function saveControlGroupSettings(
  db: Db,
  workspaceId: string,
  input: z.infer<typeof controlGroupInputSchema>,
) {
  const row = await saveControlGroup(db, workspaceId, input);
  return { percent: row.percent, conversionEvent: row.conversionEvent, revenueProperty: row.revenueProperty };
}

const finite = (value: number) => (Number.isFinite(value) ? value : null);

/** The last `days` days: customers, conversion and revenue per customer of each group, and the lifts. */
export async function controlGroupReport(db: Db, workspaceId: string, days: number, now = new Date()) {
  const from = new Date(now.getTime() - days * 86_400_000);
  const { control, treated } = await controlGroupTotals(db, { workspaceId, from, to: now });
  const values = (group: typeof control) => ({
    customers: group.customers,
    sum: group.revenue,
    sumOfSquares: group.revenueSquares,
  });
  const conversion = groupLift(
    { entered: treated.customers, converted: treated.converted },
    { entered: control.customers, converted: control.converted },
  );
  const revenue = valueLift(values(treated), values(control));
  const shown = (lift: typeof conversion) => ({
    ...lift,
    interval: { low: finite(lift.interval.low), high: finite(lift.interval.high) },
  });
  const group = (totals: typeof control) => ({
    customers: totals.customers,
    converted: totals.converted,
    rate: totals.customers > 0 ? totals.converted / totals.customers : 0,
    revenue: totals.revenue,
    revenuePerCustomer: totals.customers > 0 ? totals.revenue / totals.customers : 0,
  });
  return {
    ...(await controlGroupSettings(db, workspaceId)),
    from: from.toISOString(),
    to: now.toISOString(),
    control: group(control),
    treated: group(treated),
    conversionLift: shown(conversion),
    revenueLift: shown(revenue),
  };
}
