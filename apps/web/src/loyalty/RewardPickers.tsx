import { useT } from '../app/i18n';
import { rewardPickerMessages as m } from './picker-messages';
import { badgeOptions, poolOptions } from './picker-options';
import { useListedBadges, useListedPools, useRewardApi } from './reward-options';
import { RewardSelect, type RewardSelectProps } from './RewardSelect';

export type PickerProps = Omit<RewardSelectProps, 'status' | 'options' | 'emptyLabel'>;

function ListedPoolSelect(props: PickerProps) {
  const t = useT();
  const { status, items } = useListedPools();
  const say = (name: string, remaining: string) => t(m.remaining, { name, remaining });
  return (
    <RewardSelect
      {...props}
      status={status}
      options={poolOptions(items, say, t(m.unlimited))}
      emptyLabel={t(m.choosePool)}
    />
  );
}

/** Picks a coupon pool by name, showing its remaining stock; the value is its id. */
export function CouponPoolSelect(props: PickerProps) {
  const t = useT();
  return useRewardApi() ? (
    <ListedPoolSelect {...props} />
  ) : (
    <RewardSelect {...props} status="unavailable" options={[]} emptyLabel={t(m.choosePool)} />
  );
}

function ListedBadgeSelect(props: PickerProps) {
  const t = useT();
  const { status, items } = useListedBadges();
  return <RewardSelect {...props} status={status} options={badgeOptions(items)} emptyLabel={t(m.chooseBadge)} />;
}

/** Picks a badge; the value is its key. */
export function BadgeSelect(props: PickerProps) {
  const t = useT();
  return useRewardApi() ? (
    <ListedBadgeSelect {...props} />
  ) : (
    <RewardSelect {...props} status="unavailable" options={[]} emptyLabel={t(m.chooseBadge)} />
  );
}
