import { hasInvisibleCharacter } from '@wayfarer/journey';
import { useMemo, useState } from 'react';
import { useLocale, useT } from '../../../app/i18n';
import { formatRelativeTime } from '../../../journeys/relative-time';
import { useSegmentApi } from '../../../segments/segment-options';
import { Combobox, type ComboboxOption } from '../../../ui';
import { inspectorMessages as m } from '../messages';
import { useKnownNames, type KnownName, type NameKind } from './use-vocabulary';
import '../inspector.css';

export interface KnownNamePickerProps {
  kind: NameKind;
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

/**
 * An event name, customer attribute key or tag, chosen from what the workspace has received (with
 * how often and how lately) or typed new. Stored trimmed, since " purchase" never matches; a name
 * with a zero-width character is refused with a message, since it looks right and never matches.
 */
export function KnownNamePicker(props: KnownNamePickerProps) {
  // Static renders and unit tests have no API (as with the segment picker): a plain name box.
  return useSegmentApi() ? <PickerWithKnownNames {...props} /> : <NameBox {...props} options={[]} />;
}

function PickerWithKnownNames(props: KnownNamePickerProps) {
  const t = useT();
  const { locale } = useLocale();
  const { names, countCap } = useKnownNames(props.kind);
  const options = useMemo<ComboboxOption[]>(() => {
    const now = Date.now();
    const describe = (known: KnownName) => {
      const uses = t(props.kind === 'event' ? m.eventUses : m.customerUses, {
        count: Math.min(known.count, countCap),
      });
      const more = known.count >= countCap ? '+' : '';
      if (known.lastSeenAt === null) return `${uses}${more}`;
      const seen = formatRelativeTime(known.lastSeenAt, now, locale, t(m.justNow));
      return `${uses}${more} · ${t(m.lastSeen, { when: seen })}`;
    };
    return names.map((known) => ({ id: known.name, description: describe(known) }));
  }, [names, countCap, props.kind, locale, t]);
  return <NameBox {...props} options={options} />;
}

function NameBox({ value, onChange, options, ...rest }: KnownNamePickerProps & { options: ComboboxOption[] }) {
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
        showOptionsLabel={t(m.showKnownNames)}
        emptyText={t(m.newName)}
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
