// A LINE `postback` event (https://developers.line.biz/en/reference/messaging-api/#postback-event)
// as the properties of a `line_postback` event: the button's data, and its key=value pairs when the
// data reads as a query string, so a journey can wait for or branch on `fields.action` directly.
import type { linePostback, PropertiesOf } from '@wayfarer/events';

/** LINE caps postback data at 300 characters; a query string of it has at most this many pairs. */
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

/** The stored properties of a postback: data, its fields, LINE's date-picker params, the reply token. */
export function postbackProperties(
  postback: { data: string; params?: Record<string, unknown> | undefined },
  replyToken: string | undefined,
): PropertiesOf<typeof linePostback> {
  const fields = postbackFields(postback.data);
  return {
    data: postback.data,
    ...(fields === undefined ? {} : { fields }),
    ...(postback.params === undefined ? {} : { params: postback.params }),
    ...(replyToken === undefined ? {} : { replyToken }),
  };
}
