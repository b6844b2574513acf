// LINE's answers in the marketer's words: a webhook test's reason, a refused call's message.
import type { LocalizedText } from '../../app/i18n';
import { lineSetupStrings as m } from './line-setup.i18n';

type Translate = (text: LocalizedText, values?: Readonly<Record<string, string | number>>) => string;

/** A LINE call that did not go through (see @wayfarer/channels line-setup.ts). */
export interface LineFailure {
  code: 'line_refused' | 'line_unreachable';
  message: string;
}

/** LINE's test of the webhook (success, or LINE's reason and detail). */
export interface WebhookTest {
  success: boolean;
  statusCode: number | null;
  reason: string | null;
  detail: string | null;
}

/** LINE's own words when it refused; otherwise that LINE could not be reached. */
export function lineFailureWords(failure: LineFailure, t: Translate): string {
  return failure.code === 'line_refused' ? failure.message : t(m.lineUnreachable, { reason: failure.message });
}

/** Why LINE's webhook test failed, from LINE's documented reasons; LINE's text for any other. */
export function webhookReasonWords(test: WebhookTest, t: Translate): string {
  const detail = test.detail ?? '';
  switch (test.reason) {
    case 'ERROR_STATUS_CODE':
      return t(m.reasonStatus, { status: test.statusCode ?? '?', detail });
    case 'COULD_NOT_CONNECT':
      return t(m.reasonConnect, { detail });
    case 'REQUEST_TIMEOUT':
      return t(m.reasonTimeout, { detail });
    default:
      return t(m.reasonOther, { reason: test.reason ?? '?', detail });
  }
}

/** `20261206` as the UI language writes a date. */
export function insightDateWords(date: string, locale: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(date);
  if (match === null) return date;
  const [, year, month, day] = match;
  const at = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}
