// How a profile attribute reads: attributes are untyped JSON, so the type is read from the value.

/** An attribute value classified for display. */
export type AttributeValue =
  | { type: 'string'; text: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'date'; iso: string; dateOnly: boolean }
  | { type: 'empty' }
  | { type: 'json'; text: string };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Numbers, booleans, ISO dates and date-times by their own type; other objects as JSON. */
export function classifyAttribute(value: unknown): AttributeValue {
  if (value === null || value === undefined) return { type: 'empty' };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (typeof value === 'string') {
    if (isoDate.test(value) && !Number.isNaN(Date.parse(value))) return { type: 'date', iso: value, dateOnly: true };
    if (isoDateTime.test(value) && !Number.isNaN(Date.parse(value))) {
      return { type: 'date', iso: value, dateOnly: false };
    }
    return { type: 'string', text: value };
  }
  return { type: 'json', text: JSON.stringify(value) };
}

/** A date attribute in `locale`; a date without time is shown as that calendar day, in any time zone. */
export function formatAttributeDate(value: { iso: string; dateOnly: boolean }, locale: string): string {
  if (value.dateOnly) {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${value.iso}T00:00:00Z`),
    );
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value.iso));
}
