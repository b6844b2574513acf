// Button data as fields: a postback's data (LINE, Messenger) read as key=value pairs when it is
// query-string shaped, so a journey can wait for or branch on `fields.action` directly.

/** A query string of postback data has at most this many pairs (LINE caps data at 300 characters). */
const MAX_FIELDS = 50;

/**
 * The key=value pairs of `data` when every `&`-separated part is `key=value` with a non-empty key
 * (URL-decoded, the last of a repeated key kept), else undefined: `action=coupon&id=7` has fields,
 * `coupon-7` and `a=1&junk` do not.
 */
export function postbackFields(data: string): Record<string, string> | undefined {
  if (data === '') return undefined;
  const parts = data.split('&');
  if (parts.length > MAX_FIELDS || parts.some((part) => !/^[^=]+=/.test(part))) return undefined;
  try {
    // Own keys only: a key named `__proto__` stays a plain key.
    const fields: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [key, value] of new URLSearchParams(data)) fields[key] = value;
    return { ...fields };
  } catch {
    return undefined;
  }
}
