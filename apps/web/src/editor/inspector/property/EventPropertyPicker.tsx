import { useMemo } from 'react';
import { useLocale, useT } from '../../../app/i18n';
import { useSegmentApi } from '../../../segments/segment-options';
import { NameBox, type NameInputProps } from '../fields/NameBox';
import { inspectorMessages } from '../messages';
import { propertyMessages as m } from './property-messages';
import { propertyOptions } from './property-options';
import { useEventProperties } from './use-event-properties';

export interface EventPropertyPickerProps extends NameInputProps {
  /** The event the condition is about: its properties are offered ('' offers none yet). */
  event: string;
}

/**
 * An event property name ("amount" of "purchase"), chosen from the properties that event has been
 * received with (how often, how lately, its type and examples) or typed new; trimmed, and refused
 * with an invisible character.
 */
export function EventPropertyPicker(props: EventPropertyPickerProps) {
  const t = useT();
  // Static renders and unit tests have no API (as with the segment picker): a plain name box.
  if (!useSegmentApi()) {
    return <NameBox {...props} options={[]} showOptionsLabel={t(m.showProperties)} emptyText={t(m.newProperty)} />;
  }
  return <PickerWithProperties {...props} />;
}

function PickerWithProperties({ event, ...props }: EventPropertyPickerProps) {
  const t = useT();
  const { locale } = useLocale();
  const { properties, sampled } = useEventProperties(event);
  const options = useMemo(
    () => propertyOptions(properties, sampled, t, locale, Date.now(), t(inspectorMessages.justNow)),
    [properties, sampled, t, locale],
  );
  return (
    <NameBox
      {...props}
      options={options}
      showOptionsLabel={t(m.showProperties)}
      emptyText={t(event === '' ? m.chooseEventFirst : m.newProperty)}
    />
  );
}
