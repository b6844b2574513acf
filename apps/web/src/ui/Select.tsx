import type { Ref, SelectHTMLAttributes } from 'react';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  /** The choices; or pass `<option>` children. */
  options?: readonly SelectOption[];
  ref?: Ref<HTMLSelectElement>;
}

/**
 * A single choice from a short list: the browser's own `<select>` in the design system's look
 * (the most accessible select there is: native keyboard, screen reader and touch behaviour).
 */
export function Select({ options, children, className, ...rest }: SelectProps) {
  return (
    <select className={['ui-select', className ?? ''].filter(Boolean).join(' ')} {...rest}>
      {options?.map((option) => (
        <option key={option.value} value={option.value} disabled={option.disabled}>
          {option.label}
        </option>
      ))}
      {children}
    </select>
  );
}
