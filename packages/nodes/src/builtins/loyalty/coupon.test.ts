import { describe, expect, it } from 'vitest';
import type { CouponIssued } from './loyalty-services';
import { compileAround, loyaltyContext, runStep, summaries } from './loyalty.test-support';

const poolId = '3f1c1b7e-2a4d-4b8e-9c55-0a9b1c2d3e4f';
const ports = ['issued', 'out_of_stock', 'limit_reached'];

describe('core.coupon.issue', () => {
  it('needs a pool id; an exit left unconnected ends the path there', () => {
    expect(compileAround('core.coupon.issue', { poolId }, ['issued']).problems).toEqual([]);
    expect(compileAround('core.coupon.issue', { poolId: 'spring' }, ['issued']).problems).not.toEqual([]);
    expect(compileAround('core.coupon.issue', { poolId }, ['out_of_stock']).problems).toEqual([]);
  });

  it('puts the issued code in the step output, for later messages', async () => {
    const { context, calls } = loyaltyContext({
      issueCoupon: () =>
        Promise.resolve({
          status: 'issued',
          couponId: 'c-1',
          code: 'SPRING-AB12CD',
          expiresAt: null,
          duplicate: false,
        }),
    });
    expect(await runStep('core.coupon.issue', { poolId }, ports, context)).toEqual({
      port: 'issued',
      output: { code: 'SPRING-AB12CD', couponId: 'c-1', expiresAt: null },
    });
    expect(calls).toEqual([{ method: 'issueCoupon', args: [poolId] }]);
  });

  it.each([
    ['out_of_stock', 'out_of_stock'],
    ['limit_reached', 'limit_reached'],
    ['inactive', 'out_of_stock'],
  ] as const)('a pool that answers %s follows %s', async (status, port) => {
    const answer: CouponIssued = { status };
    const { context } = loyaltyContext({ issueCoupon: () => Promise.resolve(answer) });
    expect(await runStep('core.coupon.issue', { poolId }, ports, context)).toEqual({ port, output: { status } });
  });

  it('summarises in every locale', () => {
    expect(summaries('core.coupon.issue', { poolId })).toEqual(['Issue a coupon', '發放優惠券', '发放优惠券']);
  });
});
