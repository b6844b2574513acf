// The loyalty services a node runtime gets (issue 6): `@wayfarer/loyalty` bound to the step's
// transaction, key, clock and the customer's time zone, adapted to the plain results node runtimes
// see. The facts a call reports are stored as events of the customer in the same transaction, so
// journeys can start on them and branches can test them; they commit with the step or not at all.
import { ApplicationFailure } from '@temporalio/common';
import { insertEvent, type Db } from '@wayfarer/db';
import { badgeAwarded, couponIssued, lotteryWon, tierChanged } from '@wayfarer/events';
import {
  customerStanding,
  LoyaltyError,
  loyaltyForStep,
  type LoyaltyStepScope,
  type LoyaltyStepServices,
} from '@wayfarer/loyalty';
import type { LoyaltyServices } from '@wayfarer/nodes/runtime';
import { loyaltyEventPrefix } from './loyalty-routing';
import { loyaltyDrawn } from './loyalty-results';
import type { ProfileChanges } from './segment-step-facts';

/** A loyalty event: its name, properties, and what makes its message id unique within the step. */
interface LoyaltyEvent {
  name: string;
  properties: Record<string, unknown>;
  discriminator?: string;
}

/** A missing pool, badge or lottery never appears on a retry: fail the step for good. */
async function permanent<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof LoyaltyError) throw ApplicationFailure.nonRetryable(error.message, `loyalty_${error.code}`);
    throw error;
  }
}

/** Loyalty services for one step visit on its transaction; `changes` marks profile changes for routing. */
export function createLoyaltyServices(trx: Db, scope: LoyaltyStepScope, changes?: ProfileChanges): LoyaltyServices {
  const loyalty: LoyaltyStepServices = loyaltyForStep(trx, scope);
  const changed = () => {
    if (changes) changes.profileChanged = true;
  };
  // The message id comes from the step's key, so a repeat stores nothing new.
  const emit = async (events: readonly LoyaltyEvent[]) => {
    // Stored events may start journeys and change segments: route them once the step commits.
    if (events.length > 0) changed();
    for (const event of events) {
      const suffix = event.discriminator === undefined ? '' : `:${event.discriminator}`;
      await insertEvent(trx, {
        workspaceId: scope.workspaceId,
        customerId: scope.customerId,
        messageId: `${loyaltyEventPrefix(scope.idempotencyKey)}${event.name}${suffix}`,
        kind: 'track',
        name: event.name,
        properties: { ...event.properties, journeyId: scope.journeyId, stepId: scope.stepId },
        timestamp: scope.now,
      });
    }
  };
  return {
    grantPoints: async ({ points, reason, expiresInMonths }) => {
      changed();
      const result = await permanent(() => loyalty.grantPoints(points, reason, expiresInMonths));
      return { entryId: result.entryId, duplicate: result.duplicate, balance: result.balance };
    },
    deductPoints: async ({ points, reason, allowNegative }) => {
      const result = await permanent(() => loyalty.deductPoints(points, reason, allowNegative));
      if (result.status === 'applied') changed();
      return result;
    },
    issueCoupon: async (poolId) => {
      const result = await permanent(() => loyalty.issueCoupon(poolId));
      if (result.status !== 'issued') return { status: result.status };
      const { coupon, duplicate } = result;
      const expiresAt = coupon.expiresAt?.toISOString() ?? null;
      const properties = { poolId, couponId: coupon.id, code: coupon.code, expiresAt };
      await emit([{ name: couponIssued.name, properties }]);
      return { status: 'issued', couponId: coupon.id, code: coupon.code, expiresAt, duplicate };
    },
    awardBadge: async (badgeKey) => {
      const badge = await trx
        .selectFrom('badges')
        .select('id')
        .where('workspaceId', '=', scope.workspaceId)
        .where('key', '=', badgeKey)
        .executeTakeFirst();
      if (!badge) throw ApplicationFailure.nonRetryable(`Badge "${badgeKey}" does not exist.`, 'loyalty_not_found');
      const result = await permanent(() => loyalty.awardBadge(badge.id));
      if (result.status === 'awarded') {
        changed();
        await emit([{ name: badgeAwarded.name, properties: { badgeKey } }]);
      }
      return { status: result.status, badgeKey: result.badgeKey };
    },
    evaluateTier: async () => {
      const { tier, change } = await permanent(() => loyalty.evaluateTier());
      if (!change) return { tier, change: null };
      changed();
      await emit([
        { name: tierChanged.name, properties: { from: change.from, to: change.to, direction: change.direction } },
      ]);
      return { tier, change: { ...change } };
    },
    checkIn: async ({ streakKey, milestones }) => {
      const result = await permanent(() => loyalty.checkIn(streakKey, milestones));
      const facts = result.facts.map((fact) => ({ ...fact, streakKey: result.streakKey }));
      await emit(facts.map(({ type, ...properties }) => ({ name: type, properties, discriminator: result.streakKey })));
      const { current, longest } = result.state;
      return {
        streakKey: result.streakKey,
        counted: result.counted,
        current,
        longest,
        localDate: result.localDate,
        facts,
      };
    },
    drawLottery: async (lotteryId) => {
      const result = loyaltyDrawn(await permanent(() => loyalty.drawLottery(lotteryId)));
      if (result.outcome === 'win') {
        changed();
        const properties = {
          lotteryId,
          prizeKey: result.prizeKey,
          prizeName: result.prizeName,
          reward: result.reward.kind,
        };
        await emit([{ name: lotteryWon.name, properties }]);
      }
      return result;
    },
    // Read-only: ranks as of the step's clock, so a retried send renders the same standing.
    leaderboard: () =>
      customerStanding(trx, { workspaceId: scope.workspaceId, customerId: scope.customerId, now: scope.now }),
  };
}
