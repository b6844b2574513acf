import type { SelectHTMLAttributes } from 'react';
import { useT } from '../app/i18n';
import { segmentPickerMessages as m } from './picker-messages';
import { useListedSegments, useSegmentApi, type SegmentOptions } from './segment-options';

export interface SegmentSelectProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange' | 'children'
> {
  value: string | undefined;
  onChange: (segmentId: string | undefined) => void;
  /** What the empty choice says ("Choose a segment", "All customers"). */
  emptyLabel?: string;
}

function OptionsSelect({
  value,
  onChange,
  emptyLabel,
  options,
  ...select
}: SegmentSelectProps & { options: SegmentOptions }) {
  const t = useT();
  const { status, segments } = options;
  // An id no longer listed (archived) stays selectable, so opening an old journey changes nothing.
  const missing = value !== undefined && value !== '' && !segments.some((segment) => segment.id === value);
  return (
    <select
      {...select}
      value={value ?? ''}
      data-state={status}
      onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
    >
      <option value="">{status === 'loading' ? t(m.loading) : (emptyLabel ?? t(m.choose))}</option>
      {segments.map((segment) => (
        <option key={segment.id} value={segment.id}>
          {segment.name}
        </option>
      ))}
      {missing && status !== 'loading' && <option value={value}>{t(m.unknown, { id: value })}</option>}
    </select>
  );
}

function ListedSegmentSelect(props: SegmentSelectProps) {
  return <OptionsSelect {...props} options={useListedSegments()} />;
}

/** Picks one of the workspace's segments by name; the value is its id. */
export function SegmentSelect(props: SegmentSelectProps) {
  return useSegmentApi() ? (
    <ListedSegmentSelect {...props} />
  ) : (
    <OptionsSelect {...props} options={{ status: 'unavailable', segments: [] }} />
  );
}
