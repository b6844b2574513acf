import type { ReactNode } from 'react';
import './segmented-control.css';

export interface Segment<V> {
  value: V;
  label: ReactNode;
  /** Extra attributes for tests (`data-status`). */
  data?: Readonly<Record<`data-${string}`, string>>;
}

export interface SegmentedControlProps<V> {
  label: string;
  value: V;
  options: readonly Segment<V>[];
  onChange: (value: V) => void;
  testId?: string;
}

/** A row of toggle buttons where exactly one is on (`aria-pressed`): a filter, a view switch. */
export function SegmentedControl<V>({ label, value, options, onChange, testId }: SegmentedControlProps<V>) {
  return (
    <div className="ui-segmented" role="group" aria-label={label} data-testid={testId}>
      {options.map((option, index) => (
        <button
          key={index}
          type="button"
          className="ui-segmented__option"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
          {...option.data}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
