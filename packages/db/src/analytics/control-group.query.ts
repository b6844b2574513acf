// The control group's report: every customer of the workspace (who existed by the end of the
// window) in or out of the control group, whether they converted in the window, and the revenue of
// their conversions — so marketing as a whole can be compared with no marketing at all.
import { sql } from 'kysely';
import type { Db } from '../connect';
import { stableBucketSql } from '../repositories/control-groups.repository';

export interface GroupTotals {
  customers: number;
  converted: number;
  revenue: number;
  /** Sum over customers of (their revenue)², for the variance of revenue per customer. */
  revenueSquares: number;
}

export interface ControlGroupTotals {
  control: GroupTotals;
  treated: GroupTotals;
}

/** Totals of the control group and everyone else between `from` and `to`. */
export async function controlGroupTotals(
  db: Db,
  input: { workspaceId: string; from: Date; to: Date },
): Promise<ControlGroupTotals> {
  const rows = await sql<{ control: boolean; customers: string; converted: string; revenue: string; squares: string }>`
    with settings as (
      select percent, salt, conversion_event, revenue_property from control_groups where workspace_id = ${input.workspaceId}
    ), per_customer as (
      select
        coalesce((select ${stableBucketSql(sql.ref('s.salt'), sql.ref('c.id'))} * 100 < s.percent from settings s), false) as control,
        count(e.id) as conversions,
        coalesce(sum(case when jsonb_typeof(e.properties -> (select revenue_property from settings)) = 'number'
          then (e.properties ->> (select revenue_property from settings))::numeric end), 0) as revenue
      from customers c
      left join events e on e.customer_id = c.id
        and e.name = coalesce((select conversion_event from settings), 'purchase')
        and e.timestamp >= ${input.from} and e.timestamp < ${input.to}
      where c.workspace_id = ${input.workspaceId} and c.created_at < ${input.to}
      group by c.id
    )
    select control, count(*) as customers, count(*) filter (where conversions > 0) as converted,
      coalesce(sum(revenue), 0) as revenue, coalesce(sum(revenue * revenue), 0) as squares
    from per_customer group by control`.execute(db);
  const group = (control: boolean): GroupTotals => {
    const row = rows.rows.find((candidate) => candidate.control === control);
    return {
      customers: Number(row?.customers ?? 0),
      converted: Number(row?.converted ?? 0),
      revenue: Number(row?.revenue ?? 0),
      revenueSquares: Number(row?.squares ?? 0),
    };
  };
  return { control: group(true), treated: group(false) };
}
