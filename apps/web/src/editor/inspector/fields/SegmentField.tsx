import { SegmentSelect } from '../../../segments/SegmentSelect';
import type { StringField } from '../model/field-model';
import type { FieldProps } from './field-props';
import { FieldShell } from './FieldShell';

/** A segment id (`widgets: { segmentId: 'segment' }`), chosen by the segment's name. */
export function SegmentField({ model, path, value, onChange, label }: FieldProps<StringField>) {
  return (
    <FieldShell model={model} path={path} label={label ?? model.label}>
      {(aria) => (
        <SegmentSelect
          {...aria}
          value={typeof value === 'string' ? value : undefined}
          onChange={(segmentId) => onChange(segmentId ?? (model.required ? '' : undefined))}
        />
      )}
    </FieldShell>
  );
}
