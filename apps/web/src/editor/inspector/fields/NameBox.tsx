import { hasInvisibleCharacter } from '@wayfarer/journey';
import { useState, type ReactNode } from 'react';
import { useT } from '../../../app/i18n';
import { Combobox, type ComboboxOption } from '../../../ui';
import { inspectorMessages as m } from '../messages';
import '../inspector.css';

/** What a name box's owner passes through: its name, accessibility wiring and state. */
export interface NameInputProps {
  value: string;
  /** Called with what was typed or chosen; never with an invisible character, and trimmed on leaving the box. */
  onChange: (name: string) => void;
  name: string;
  id?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  placeholder?: string;
  disabled?: boolean;
}

interface NameBoxProps extends NameInputProps {
  options: readonly ComboboxOption[];
  /** The list toggle's name. */
  showOptionsLabel: string;
  /** Shown in the list while nothing received matches. */
  emptyText: ReactNode;
}

/**
 * A name chosen from a list or typed new. Stored trimmed, since " purchase" never matches; a name
 * with a zero-width character is refused with a message, since it looks right and never matches.
 */
export function NameBox({ value, onChange, options, showOptionsLabel, emptyText, ...rest }: NameBoxProps) {
  const t = useT();
  const [refused, setRefused] = useState(false);
  const errorId = `${rest.name}-invisible`;
  const change = (next: string) => {
    setRefused(hasInvisibleCharacter(next));
    if (!hasInvisibleCharacter(next)) onChange(next);
  };
  const describedBy = [rest['aria-describedby'], refused ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <>
      <Combobox
        id={rest.id}
        name={rest.name}
        aria-label={rest['aria-label']}
        {...(describedBy === '' ? {} : { 'aria-describedby': describedBy })}
        {...(rest['aria-invalid'] === true || refused ? { 'aria-invalid': true as const } : {})}
        value={value}
        onChange={change}
        onBlur={() => {
          if (value !== value.trim()) onChange(value.trim());
        }}
        options={options}
        placeholder={rest.placeholder}
        disabled={rest.disabled}
        showOptionsLabel={showOptionsLabel}
        emptyText={emptyText}
        testId={`name-picker-${rest.name}`}
      />
      {refused ? (
        <p className="inline-warning" id={errorId} role="alert" data-testid="name-refused">
          {t(m.invisibleCharacter)}
        </p>
      ) : null}
    </>
  );
}
