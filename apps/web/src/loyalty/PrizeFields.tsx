import { useQuery } from '@tanstack/react-query';
import { useT } from '../app/i18n';
import { Button } from '../ui';
import { useTRPC } from '../app/trpc';
import { rewardsMessages as m } from './messages';
import type { PrizeDraft, PrizeRewardKind } from './reward-forms';

interface PrizeFieldsProps {
  index: number;
  draft: PrizeDraft;
  onChange: (next: PrizeDraft) => void;
  onRemove: (() => void) | undefined;
}

/** What a prize gives: points typed in, or a pool / badge of the workspace chosen by name. */
function RewardTarget({ draft, onChange }: Pick<PrizeFieldsProps, 'draft' | 'onChange'>) {
  const t = useT();
  const trpc = useTRPC();
  const pools = useQuery({ ...trpc.loyalty.couponPools.list.queryOptions(), enabled: draft.kind === 'coupon' });
  const badges = useQuery({ ...trpc.loyalty.badges.list.queryOptions(), enabled: draft.kind === 'badge' });
  const set = (target: string) => onChange({ ...draft, target });
  if (draft.kind === 'points')
    return <input name="points" type="number" min={1} value={draft.target} onChange={(e) => set(e.target.value)} />;
  const options =
    draft.kind === 'coupon'
      ? (pools.data ?? []).map((pool) => ({ id: pool.id, name: pool.name }))
      : (badges.data ?? []).map((badge) => ({ id: badge.id, name: badge.name }));
  return (
    <select name="target" value={draft.target} onChange={(e) => set(e.target.value)}>
      <option value="">{t(m.choose)}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </select>
  );
}

/** One prize row of the lottery form. */
export function PrizeFields({ index, draft, onChange, onRemove }: PrizeFieldsProps) {
  const t = useT();
  const text = (field: 'key' | 'name' | 'weight' | 'stock', type = 'text') => (
    <input
      name={field}
      type={type}
      value={draft[field]}
      onChange={(event) => onChange({ ...draft, [field]: event.target.value })}
    />
  );
  return (
    <div className="prize-row" data-testid="prize-row" data-index={index}>
      <label>
        {t(m.key)}
        {text('key')}
      </label>
      <label>
        {t(m.name)}
        {text('name')}
      </label>
      <label>
        {t(m.weight)}
        {text('weight', 'number')}
      </label>
      <label>
        {t(m.stock)}
        {text('stock', 'number')}
      </label>
      <label>
        {t(m.reward)}
        <select
          name="kind"
          value={draft.kind}
          onChange={(event) => onChange({ ...draft, kind: event.target.value as PrizeRewardKind, target: '' })}
        >
          <option value="points">{t(m.rewardPoints)}</option>
          <option value="coupon">{t(m.rewardCoupon)}</option>
          <option value="badge">{t(m.rewardBadge)}</option>
        </select>
      </label>
      <RewardTarget draft={draft} onChange={onChange} />
      {onRemove && (
        <Button variant="ghost" onClick={onRemove}>
          {t(m.removePrize)}
        </Button>
      )}
    </div>
  );
}
