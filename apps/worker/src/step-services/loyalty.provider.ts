// `loyalty` for one step: `@wayfarer/loyalty` bound to the step's transaction, key, clock and the
// customer's time zone, adapted to the plain results node runtimes see. The facts a call reports
// are stored as events of the customer through `events`, so journeys can start on them and
// branches can test them; they commit with the step or not at all.
import { badgeAwarded, couponIssued, lotteryWon, tierChanged } from '@wayfarer/events';
import { LoyaltyError, loyaltyForStep, type LoyaltyStepServices } from '@wayfarer/loyalty';
import {
  eventsService,
  loyaltyService,
  provideService,
  StepFailure,
  type LoyaltyServices,
} from '@wayfarer/nodes/runtime';
import { loyaltyDrawn } from '../loyalty-results';
import { markChanged, stepTransaction, type WorkerStepHost } from './worker-host';

/** A loyalty event: its name, properties, and what makes it unique within the step. */
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
    if (error instanceof LoyaltyError)
      throw new StepFailure(`loyalty_${error.code}`, error.message, { retryable: false, cause: error });
    throw error;
  }
}

export const loyaltyProvider = provideService(
  loyaltyService,
  ({ step, use }, host: WorkerStepHost): LoyaltyServices => {
    const trx = stepTransaction(host, loyaltyService.name);
    const loyalty: LoyaltyStepServices = loyaltyForStep(trx, {
      workspaceId: step.workspaceId,
      customerId: step.customer.id,
      idempotencyKey: step.idempotencyKey,
      journeyId: step.journeyId,
      enrollmentId: step.enrollmentId,
      stepId: step.stepId,
      now: step.now,
      timezone: step.customer.timezone,
    });
    const changed = () => markChanged(host);
    const emit = async (events: readonly LoyaltyEvent[]) => {
      for (const event of events) await use(eventsService).emit(event.name, event.properties, event.discriminator);
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
          .where('workspaceId', '=', step.workspaceId)
          .where('key', '=', badgeKey)
          .executeTakeFirst();
        if (!badge)
          throw new StepFailure('loyalty_not_found', `Badge "${badgeKey}" does not exist.`, { retryable: false });
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
        await emit(
          facts.map(({ type, ...properties }) => ({ name: type, properties, discriminator: result.streakKey })),
        );
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
    };
  },
);
