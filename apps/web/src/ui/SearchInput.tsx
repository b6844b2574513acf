import { Search } from 'lucide-react';
import type { InputHTMLAttributes, Ref } from 'react';
import './field.css';

export interface SearchInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  /** The accessible name (the placeholder is not one). */
  label: string;
  ref?: Ref<HTMLInputElement>;
}

/** A search box with a magnifier icon. */
export function SearchInput({ label, className, ...rest }: SearchInputProps) {
  return (
    <div className={['ui-search', className ?? ''].filter(Boolean).join(' ')}>
      <Search size={16} aria-hidden="true" />
      <input type="search" aria-label={label} {...rest} />
    </div>
  );
}
