// A LINE `postback` event (https://developers.line.biz/en/reference/messaging-api/#postback-event)
// as the properties of a `line_postback` event: the button's data, and its key=value pairs when the
// data reads as a query string, so a journey can wait for or branch on `fields.action` directly.
import { postbackFields } from '@wayfarer/channels';
import type { linePostback, PropertiesOf } from '@wayfarer/events';

export { postbackFields };

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
