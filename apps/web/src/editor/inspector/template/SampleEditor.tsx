import { useForm } from '../form-context';
import { inspectorMessages } from '../messages';
import { fieldGlossary } from '../model/glossary';
import { humanize } from '../model/field-labels';
import { formatTypedValue } from '../model/typed-value';
import { sampleName, type SampleCustomer } from './sample-customer';

interface SampleEditorProps {
  sample: SampleCustomer;
  onChange: (sample: SampleCustomer) => void;
}

type Row = { key: string; value: string; set(text: string): SampleCustomer };

// Names start with `$preview.` so they never collide with config paths (which tests fill by name).
const nameOf = (key: string) => `$preview.${key}`;

/** The preview's sample customer, editable: name, tier, points, tags, time zone, locale, event. */
export function SampleEditor({ sample, onChange }: SampleEditorProps) {
  const { t, idFor, locale } = useForm();
  const attribute = (key: string): Row => ({
    key,
    value: formatTypedValue(sample.attributes[key]),
    set: (text) => ({ ...sample, attributes: { ...sample.attributes, [key]: text } }),
  });
  const rows: Row[] = [
    attribute('name'),
    attribute('tier'),
    { key: 'points', value: String(sample.points), set: (text) => ({ ...sample, points: Number(text) || 0 }) },
    {
      key: 'tags',
      value: sample.tags.join(', '),
      set: (text) => ({
        ...sample,
        tags: text
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
      }),
    },
    { key: 'timezone', value: sample.timezone, set: (text) => ({ ...sample, timezone: text }) },
    { key: 'locale', value: sample.locale, set: (text) => ({ ...sample, locale: text }) },
    { key: 'event', value: sample.event.name, set: (text) => ({ ...sample, event: { ...sample.event, name: text } }) },
  ];
  return (
    <details className="sample-editor">
      <summary>
        {t(inspectorMessages.sampleCustomer)} · {sampleName(sample)}
      </summary>
      <div className="sample-grid">
        {rows.map((row) => {
          const id = idFor(nameOf(row.key));
          const label = Object.hasOwn(fieldGlossary, row.key)
            ? (fieldGlossary[row.key]?.[locale] ?? row.key)
            : humanize(row.key);
          return (
            <div key={row.key} className="sample-row">
              <label htmlFor={id}>{row.key === 'event' ? t(inspectorMessages.sampleEvent) : label}</label>
              <input
                id={id}
                name={nameOf(row.key)}
                type={row.key === 'points' ? 'number' : 'text'}
                value={row.value}
                title={row.key === 'tags' ? t(inspectorMessages.sampleTagsHelp) : undefined}
                onChange={(event) => onChange(row.set(event.target.value))}
              />
            </div>
          );
        })}
      </div>
    </details>
  );
}
