import { useMemo } from 'react';
import { useLocale, useT } from '../../../app/i18n';
import { formatRelativeTime } from '../../../journeys/relative-time';
import { useSegmentApi } from '../../../segments/segment-options';
import type { ComboboxOption } from '../../../ui';
import { inspectorMessages as m } from '../messages';
import { NameBox, type NameInputProps } from './NameBox';
import { useKnownNames, type KnownName, type NameKind } from './use-vocabulary';

export interface KnownNamePickerProps extends NameInputProps {
  kind: NameKind;
}

/**
 * An event name, customer attribute key or tag, chosen from what the workspace has received (with
 * how often and how lately) or typed new; trimmed, and refused with an invisible character.
 */
export function KnownNamePicker(props: KnownNamePickerProps) {
  const t = useT();
  // Static renders and unit tests have no API (as with the segment picker): a plain name box.
  if (!useSegmentApi()) {
    return <NameBox {...props} options={[]} showOptionsLabel={t(m.showKnownNames)} emptyText={t(m.newName)} />;
  }
  return <PickerWithKnownNames {...props} />;
}

function PickerWithKnownNames({ kind, ...props }: KnownNamePickerProps) {
  const t = useT();
  const { locale } = useLocale();
  const { names, countCap } = useKnownNames(kind);
  const options = useMemo<ComboboxOption[]>(() => {
    const now = Date.now();
    const describe = (known: KnownName) => {
      const uses = t(kind === 'event' ? m.eventUses : m.customerUses, {
        count: Math.min(known.count, countCap),
      });
      const more = known.count >= countCap ? '+' : '';
      if (known.lastSeenAt === null) return `${uses}${more}`;
      const seen = formatRelativeTime(known.lastSeenAt, now, locale, t(m.justNow));
      return `${uses}${more} · ${t(m.lastSeen, { when: seen })}`;
    };
    return names.map((known) => ({ id: known.name, description: describe(known) }));
  }, [names, countCap, kind, locale, t]);
  return <NameBox {...props} options={options} showOptionsLabel={t(m.showKnownNames)} emptyText={t(m.newName)} />;
}
