import { useMemo } from 'react';
import { formatRelativeTime } from '../../../journeys/relative-time';
import { Combobox, type ComboboxOption } from '../../../ui';
import { useForm } from '../form-context';
import { inspectorMessages as m } from '../messages';
import type { StringField } from '../model/field-model';
import type { FieldProps } from './field-props';
import { FieldShell } from './FieldShell';
import { useSegmentApi } from '../../../segments/segment-options';
import { useKnownNames, type KnownName, type NameKind } from './use-vocabulary';

const kinds = { 'event-name': 'event', 'attribute-name': 'attribute', 'tag-name': 'tag' } as const;

/**
 * An event name, customer attribute key or tag, chosen from what the workspace has received (with
 * how often and how lately) or typed new; stored trimmed, since " purchase" never matches.
 */
export function NameField(props: FieldProps<StringField>) {
  // Static renders and unit tests have no API (as with the segment picker): a plain name box.
  return useSegmentApi() ? <KnownNameField {...props} /> : <NameBox {...props} options={[]} />;
}

function KnownNameField(props: FieldProps<StringField>) {
  const kind: NameKind = kinds[props.model.format as keyof typeof kinds];
  const { t, locale } = useForm();
  const { names, countCap } = useKnownNames(kind);
  const options = useMemo<ComboboxOption[]>(() => {
    const now = Date.now();
    const describe = (known: KnownName) => {
      const uses = t(kind === 'event' ? m.eventUses : m.customerUses, { count: Math.min(known.count, countCap) });
      const more = known.count >= countCap ? '+' : '';
      if (known.lastSeenAt === null) return `${uses}${more}`;
      const seen = formatRelativeTime(known.lastSeenAt, now, locale, t(m.justNow));
      return `${uses}${more} · ${t(m.lastSeen, { when: seen })}`;
    };
    return names.map((known) => ({ id: known.name, description: describe(known) }));
  }, [names, countCap, kind, locale, t]);
  return <NameBox {...props} options={options} />;
}

function NameBox({
  model,
  path,
  value,
  onChange,
  label,
  options,
}: FieldProps<StringField> & { options: ComboboxOption[] }) {
  const { t } = useForm();
  const text = typeof value === 'string' ? value : '';
  const commit = (next: string) => onChange(next === '' && !model.required ? undefined : next);
  return (
    <FieldShell model={model} path={path} label={label ?? model.label}>
      {({ 'aria-invalid': invalid, ...aria }) => (
        <Combobox
          {...aria}
          {...(invalid === true ? { 'aria-invalid': true as const } : {})}
          value={text}
          onChange={commit}
          onBlur={() => {
            if (text !== text.trim()) commit(text.trim());
          }}
          options={options}
          placeholder={model.placeholder}
          showOptionsLabel={t(m.showKnownNames)}
          emptyText={t(m.newName)}
          testId={`name-picker-${path}`}
        />
      )}
    </FieldShell>
  );
}
