import { useT } from '../app/i18n';
import type { FieldProps } from '../editor/inspector/fields/field-props';
import type { LotteryRow } from './loyalty-types';
import { rewardPickerMessages as m } from './picker-messages';
import { lotteryOptions, withLottery } from './picker-options';
import { useListedLotteries, useRewardApi, type RewardOptions } from './reward-options';
import type { PickerProps } from './RewardPickers';
import { RewardSelect } from './RewardSelect';

interface LotterySelectProps extends PickerProps {
  /** Where given (inside an object's form), choosing also fills the sibling `prizes`. */
  onChangeParent?: FieldProps['onChangeParent'];
}

function OptionsLotterySelect({
  onChangeParent,
  onChange,
  options,
  ...props
}: LotterySelectProps & { options: RewardOptions<LotteryRow> }) {
  const t = useT();
  const choose = (lotteryId: string | undefined) =>
    onChangeParent ? onChangeParent((config) => withLottery(config, lotteryId, options.items)) : onChange(lotteryId);
  return (
    <RewardSelect
      {...props}
      onChange={choose}
      status={options.status}
      options={lotteryOptions(options.items)}
      emptyLabel={t(m.chooseLottery)}
    />
  );
}

function ListedLotterySelect(props: LotterySelectProps) {
  return <OptionsLotterySelect {...props} options={useListedLotteries()} />;
}

/** Picks a lottery by name; the value is its id, and the node's prizes follow the lottery's. */
export function LotterySelect(props: LotterySelectProps) {
  return useRewardApi() ? (
    <ListedLotterySelect {...props} />
  ) : (
    <OptionsLotterySelect {...props} options={{ status: 'unavailable', items: [] }} />
  );
}
