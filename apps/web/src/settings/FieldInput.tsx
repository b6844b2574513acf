import { useT } from '../app/i18n';
import type { ChannelField } from './channel-fields';

/** One field of a channel card: a text, number, select or checkbox input over the form's string value. */
export function FieldInput({
  field,
  testId,
  value,
  onChange,
}: {
  field: ChannelField;
  testId: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const t = useT();
  switch (field.kind) {
    case 'select':
      return (
        <select name={field.path} data-testid={testId} value={value} onChange={(event) => onChange(event.target.value)}>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </select>
      );
    case 'toggle':
      return (
        <input
          name={field.path}
          data-testid={testId}
          type="checkbox"
          checked={value === 'true'}
          onChange={(event) => onChange(event.target.checked ? 'true' : '')}
        />
      );
    case 'text':
    case 'secret':
    case 'number':
      return (
        <input
          name={field.path}
          data-testid={testId}
          type={field.kind === 'number' ? 'number' : 'text'}
          autoComplete="off"
          placeholder={field.placeholder}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    default: {
      const unreachable: never = field.kind;
      return unreachable;
    }
  }
}
