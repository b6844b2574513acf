import { awardBadgeNode } from './badge';
import { issueCouponNode } from './coupon';
import { drawLotteryNode } from './lottery';
import { deductPointsNode, grantPointsNode } from './points';
import { checkInNode } from './streak';
import { evaluateTierNode } from './tier';

export { awardBadgeNode, issueCouponNode, drawLotteryNode, deductPointsNode, grantPointsNode, checkInNode };
export { evaluateTierNode };
export { winPort } from './lottery';
export type * from './loyalty-services';

/** The loyalty node types (issue 6), in palette order; `core.reward.points` first, as before. */
export const loyaltyNodeTypes = [
  grantPointsNode,
  deductPointsNode,
  issueCouponNode,
  awardBadgeNode,
  evaluateTierNode,
  checkInNode,
  drawLotteryNode,
] as const;
