/** A value as typed in a rule field: numbers and true/false keep their type, anything else is text. */
export function parseScalar(text: string): string | number | boolean {
  const trimmed = text.trim();
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  if (trimmed !== '' && /^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return text;
}

/** The text a field shows for a stored value. */
export function formatScalar(value: string | number | boolean | undefined): string {
  return value === undefined ? '' : String(value);
}

/** A comma-separated list as typed ("gold, silver") → its non-empty, trimmed items. */
export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
