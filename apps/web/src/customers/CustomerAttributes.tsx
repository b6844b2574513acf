import { useLocale, useT } from '../app/i18n';
import { classifyAttribute, formatAttributeDate, type AttributeValue } from './attribute-value';
import { customerMessages } from './messages';

function AttributeDisplay({ value }: { value: AttributeValue }) {
  const t = useT();
  const { locale } = useLocale();
  switch (value.type) {
    case 'string':
      return <span>{value.text}</span>;
    case 'number':
      return <span className="attr-number">{value.value.toLocaleString(locale)}</span>;
    case 'boolean':
      return (
        <span className={`attr-boolean ${value.value ? 'is-true' : 'is-false'}`}>
          {t(value.value ? customerMessages.yes : customerMessages.no)}
        </span>
      );
    case 'date':
      return (
        <time dateTime={value.iso} title={value.iso}>
          {formatAttributeDate(value, locale)}
        </time>
      );
    case 'empty':
      return <span className="muted">—</span>;
    case 'json':
      return <code className="attr-json">{value.text}</code>;
    default: {
      const unknownValue: never = value;
      return unknownValue;
    }
  }
}

/** The profile's attributes, each shown by its type (number, yes/no, date, text). */
export function CustomerAttributes({ attributes }: { attributes: Record<string, unknown> }) {
  const t = useT();
  const entries = Object.entries(attributes).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section className="ui-card profile-card" data-testid="customer-attributes">
      <h2>{t(customerMessages.attributes)}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t(customerMessages.noAttributes)}</p>
      ) : (
        <dl className="attribute-list">
          {entries.map(([key, raw]) => {
            const value = classifyAttribute(raw);
            return (
              <div key={key} className="attribute" data-attribute={key} data-type={value.type}>
                <dt>{key}</dt>
                <dd>
                  <AttributeDisplay value={value} />
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}
