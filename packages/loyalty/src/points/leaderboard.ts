import { sql } from 'kysely';
import type { LoyaltyDb } from '../db';

export interface LeaderboardInput {
  workspaceId: string;
  /** Points earned in [from, to) count; spending and expiry do not lower a rank. */
  from: Date;
  to: Date;
  limit?: number;
}

export interface LeaderboardEntry {
  rank: number;
  customerId: string;
  externalId: string;
  points: number;
}

/** The top customers by points earned in a period; ties share a rank (1, 2, 2, 4). */
export async function pointsLeaderboard(db: LoyaltyDb, input: LeaderboardInput): Promise<LeaderboardEntry[]> {
  const rows = await db
    .selectFrom('pointsLedger')
    .innerJoin('customers', 'customers.id', 'pointsLedger.customerId')
    .select((eb) => [
      'customers.id as customerId',
      'customers.externalId',
      eb.fn.sum<number>('pointsLedger.delta').as('points'),
      eb.fn
        .agg<number>('rank')
        .over((over) => over.orderBy(eb.fn.sum('pointsLedger.delta'), 'desc'))
        .as('rank'),
    ])
    .where('pointsLedger.workspaceId', '=', input.workspaceId)
    .where('pointsLedger.delta', '>', 0)
    .where('pointsLedger.createdAt', '>=', input.from)
    .where('pointsLedger.createdAt', '<', input.to)
    .groupBy(['customers.id', 'customers.externalId'])
    .orderBy('rank')
    .orderBy('customers.externalId')
    .limit(input.limit ?? 10)
    .execute();
  return rows.map((row) => ({ ...row, points: Number(row.points), rank: Number(row.rank) }));
}

/** The calendar month (UTC) holding `now`: the period a template's leaderboard ranks. */
export function leaderboardMonth(now: Date): { from: Date; to: Date } {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { from, to };
}

/** One customer's standing, as a message template sees it (`{{ leaderboard.rank }}`). */
export interface CustomerStanding {
  from: string;
  to: string;
  /** The customer's rank (ties share one); null when they earned nothing in the period. */
  rank: number | null;
  /** Points the customer earned in the period. */
  points: number;
  /** The top customers: rank, name (the `name` attribute, else the external id), id and points. */
  top: { rank: number; name: string; id: string; points: number }[];
}

/** The customer's rank and the top `limit` by points earned this month (UTC). */
export async function customerStanding(
  db: LoyaltyDb,
  input: { workspaceId: string; customerId: string; now: Date; limit?: number },
): Promise<CustomerStanding> {
  const { from, to } = leaderboardMonth(input.now);
  const top = await pointsLeaderboard(db, { workspaceId: input.workspaceId, from, to, limit: input.limit ?? 10 });
  const names = await db
    .selectFrom('customers')
    .select(['id', 'externalId', sql<string | null>`attributes ->> 'name'`.as('name')])
    .where('id', 'in', top.map((entry) => entry.customerId).concat(input.customerId))
    .execute();
  const nameOf = new Map(names.map((row) => [row.id, row.name ?? row.externalId]));
  const own = await db
    .selectFrom('pointsLedger')
    .select(sql<number>`coalesce(sum(delta), 0)::bigint`.as('points'))
    .where('customerId', '=', input.customerId)
    .where('delta', '>', 0)
    .where('createdAt', '>=', from)
    .where('createdAt', '<', to)
    .executeTakeFirstOrThrow();
  const points = Number(own.points);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    rank: points > 0 ? await rankOf(db, input.workspaceId, points, from, to) : null,
    points,
    top: top.map((entry) => ({
      rank: entry.rank,
      name: nameOf.get(entry.customerId) ?? entry.externalId,
      id: entry.externalId,
      points: entry.points,
    })),
  };
}

/** 1 + how many customers earned more than `points` in the period (the leaderboard's tie rule). */
async function rankOf(db: LoyaltyDb, workspaceId: string, points: number, from: Date, to: Date): Promise<number> {
  const row = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('pointsLedger')
        .select(sql<number>`sum(delta)`.as('earned'))
        .where('workspaceId', '=', workspaceId)
        .where('delta', '>', 0)
        .where('createdAt', '>=', from)
        .where('createdAt', '<', to)
        .groupBy('customerId')
        .as('totals'),
    )
    .select(sql<number>`count(*)`.as('ahead'))
    .where('earned', '>', points)
    .executeTakeFirstOrThrow();
  return Number(row.ahead) + 1;
}
