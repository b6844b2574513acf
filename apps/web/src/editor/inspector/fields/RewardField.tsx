import { BadgeSelect, CouponPoolSelect } from '../../../loyalty/RewardPickers';
import { LotterySelect } from '../../../loyalty/LotterySelect';
import type { StringField } from '../model/field-model';
import type { FieldProps } from './field-props';
import { FieldShell } from './FieldShell';

/**
 * A reward reference chosen from the workspace's loyalty setup: `coupon-pool` (pool id, with its
 * remaining stock), `badge` (badge key) or `lottery` (lottery id; choosing one fills the node's
 * `prizes`, so each prize gets its `win:<key>` port).
 */
export function RewardField({ model, path, value, onChange, onChangeParent, label }: FieldProps<StringField>) {
  const selected = typeof value === 'string' ? value : undefined;
  const choose = (next: string | undefined) => onChange(next ?? (model.required ? '' : undefined));
  return (
    <FieldShell model={model} path={path} label={label ?? model.label}>
      {(aria) =>
        model.format === 'lottery' ? (
          <LotterySelect {...aria} value={selected} onChange={choose} onChangeParent={onChangeParent} />
        ) : model.format === 'badge' ? (
          <BadgeSelect {...aria} value={selected} onChange={choose} />
        ) : (
          <CouponPoolSelect {...aria} value={selected} onChange={choose} />
        )
      }
    </FieldShell>
  );
}
