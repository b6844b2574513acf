import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CouponPoolSelect } from '../../../loyalty/RewardPickers';
import { LotterySelect } from '../../../loyalty/LotterySelect';
import { buildFieldModel } from '../model/schema-to-model';

describe('the reward widgets', () => {
  it('turn `coupon-pool`, `badge` and `lottery` widgets into reward picker formats', () => {
    const config = z.object({ poolId: z.uuid(), badgeKey: z.string(), lotteryId: z.uuid() });
    const widgets = { poolId: 'coupon-pool', badgeKey: 'badge', lotteryId: 'lottery' };
    const model = buildFieldModel(config, { locale: 'en', widgets });
    if (model.kind !== 'object') throw new Error('expected an object form');
    expect(model.fields.map((field) => (field.kind === 'string' ? field.format : field.kind))).toEqual([
      'coupon-pool',
      'badge',
      'lottery',
    ]);
  });

  it('render without an API (static render), keeping the stored value', () => {
    const onChange = () => undefined;
    const pool = renderToStaticMarkup(createElement(CouponPoolSelect, { name: 'poolId', value: 'pool-1', onChange }));
    expect(pool).toContain('data-state="unavailable"');
    expect(pool).toContain('<option value="pool-1" selected="">Archived or unknown (pool-1)</option>');
    const lottery = renderToStaticMarkup(
      createElement(LotterySelect, { name: 'lotteryId', value: undefined, onChange }),
    );
    expect(lottery).toContain('Choose a lottery…');
  });
});
