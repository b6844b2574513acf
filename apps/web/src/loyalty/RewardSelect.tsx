import type { SelectHTMLAttributes } from 'react';
import { useT } from '../app/i18n';
import type { PickerOption } from './picker-options';
import { rewardPickerMessages as m } from './picker-messages';

export interface RewardSelectProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange' | 'children'
> {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  status: 'loading' | 'unavailable' | 'ready';
  options: readonly PickerOption[];
  /** What the empty choice says ("Choose a coupon pool…"). */
  emptyLabel: string;
}

/** A select of rewards; a stored value no longer listed stays selectable, so opening changes nothing. */
export function RewardSelect({ value, onChange, status, options, emptyLabel, ...select }: RewardSelectProps) {
  const t = useT();
  const missing = value !== undefined && value !== '' && !options.some((option) => option.value === value);
  return (
    <select
      {...select}
      value={value ?? ''}
      data-state={status}
      onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
    >
      <option value="">{status === 'loading' ? t(m.loading) : emptyLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
      {missing && status !== 'loading' && <option value={value}>{t(m.unknown, { id: value })}</option>}
    </select>
  );
}
