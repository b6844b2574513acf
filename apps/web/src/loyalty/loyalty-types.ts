import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';

type Outputs = inferRouterOutputs<AppRouter>['loyalty'];

export type CouponPoolRow = Outputs['couponPools']['list'][number];
export type BadgeRow = Outputs['badges']['list'][number];
export type TierRow = Outputs['tiers']['list'][number];
export type LotteryRow = Outputs['lotteries']['list'][number];
