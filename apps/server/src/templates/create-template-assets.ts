// Creates what a template suggests (a badge, a tier, a segment, a lottery with its coupon pool) in
// the workspace, inside the caller's transaction, and says which value the template's steps get.
import { createSegment, type Db } from '@wayfarer/db';
import { createBadge, createCouponPool, createLottery, createTier, type PrizeReward } from '@wayfarer/loyalty';
import type { Locale } from '@wayfarer/nodes';
import type { SuggestedPrize, TemplateAsset } from '@wayfarer/templates';

async function prizeReward(trx: Db, workspaceId: string, prize: SuggestedPrize, locale: Locale): Promise<PrizeReward> {
  const { reward } = prize;
  if (reward.kind === 'points') return { kind: 'points', points: reward.points };
  const pool = await createCouponPool(trx, workspaceId, {
    source: 'pattern',
    name: reward.pool.name[locale],
    codePattern: reward.pool.codePattern,
    inventory: reward.pool.inventory,
  });
  return { kind: 'coupon', poolId: pool.id };
}

/**
 * Creates `asset` from its suggestion, names in `locale`; resolves with the value the template's
 * steps hold for it (a key for badges and tiers, an id otherwise).
 */
export async function createTemplateAsset(
  trx: Db,
  workspaceId: string,
  asset: TemplateAsset,
  locale: Locale,
): Promise<{ ref: string; segmentId?: string }> {
  switch (asset.kind) {
    case 'badge': {
      const { key, name, description } = asset.suggestion;
      const badge = await createBadge(trx, workspaceId, { key, name: name[locale], description: description[locale] });
      return { ref: badge.key };
    }
    case 'tier': {
      const { name, ...rest } = asset.suggestion;
      const tier = await createTier(trx, workspaceId, { ...rest, name: name[locale] });
      return { ref: tier.key };
    }
    case 'segment': {
      const { name, description, rule } = asset.suggestion;
      const segment = await createSegment(trx, workspaceId, {
        name: name[locale],
        description: description[locale],
        rule,
      });
      return { ref: segment.id, segmentId: segment.id };
    }
    case 'lottery': {
      const { name, loseWeight, prizes } = asset.suggestion;
      // One after another: they share the transaction's connection.
      const created = [];
      for (const prize of prizes) {
        const reward = await prizeReward(trx, workspaceId, prize, locale);
        created.push({ key: prize.key, name: prize.name[locale], weight: prize.weight, stock: prize.stock, reward });
      }
      const lottery = await createLottery(trx, workspaceId, { name: name[locale], loseWeight, prizes: created });
      return { ref: lottery.id };
    }
    default: {
      const unreachable: never = asset;
      return unreachable;
    }
  }
}
