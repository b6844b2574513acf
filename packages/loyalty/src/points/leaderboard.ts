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
