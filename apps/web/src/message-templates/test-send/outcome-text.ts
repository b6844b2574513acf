// A test send's outcome in words: to whom it went, or why it did not (never a bare code).
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';
import type { LocalizedText } from '../../app/i18n';
import { testSendStrings as m } from './strings';

export type TestSendAnswer = inferRouterOutputs<AppRouter>['messageTemplates']['sendTest'];

type Translate = (text: LocalizedText, values?: Readonly<Record<string, string | number>>) => string;

const fieldNames: Readonly<Record<string, LocalizedText>> = {
  body: m.fieldBody,
  subject: m.fieldSubject,
  html: m.fieldHtml,
  flex: m.fieldFlex,
};

// `variants.zh-TW.body` is the body too (in its Chinese wording).
function fieldName(field: string | undefined, t: Translate): string {
  const last = field?.split('.').at(-1) ?? '';
  return t(fieldNames[last] ?? m.fieldOther);
}

/** Who got it: "Mei (mei@example.com)", "Mei", the address alone, or "you". */
export function recipientWords(answer: TestSendAnswer, t: Translate): string {
  const address =
    'address' in answer && answer.address !== null && answer.address.includes('@') ? answer.address : null;
  const name = answer.recipient.name;
  if (name !== null && address !== null) return `${name} (${address})`;
  return name ?? address ?? t(m.you);
}

/** The outcome as one sentence; `channel` is the channel's name in the UI language. */
export function outcomeText(answer: TestSendAnswer, channel: string, t: Translate): string {
  const who = recipientWords(answer, t);
  switch (answer.status) {
    case 'sent':
      return t(m.sent, { channel, who });
    case 'unknown':
      return t(m.unknown, { who });
    case 'pending':
      return t(m.pending, { who });
    case 'failed':
      switch (answer.reason) {
        case 'channel_not_connected':
        case 'channel_credentials_unreadable':
          return t(m[answer.reason], { channel });
        case 'no_address':
          return t(m.no_address, { channel, who });
        case 'render_error': {
          const field = fieldName(answer.field, t);
          if (answer.variable === undefined) return t(m.render_error, { field, detail: answer.detail });
          const example = `{{ ${answer.variable} | default: "…" }}`;
          return t(m.missing_variable, { variable: answer.variable, field, example });
        }
        case 'provider_refused':
          return t(m.provider_refused, { channel, code: answer.providerCode ?? '?', detail: answer.detail });
        default: {
          const unreachable: never = answer.reason;
          return unreachable;
        }
      }
    default: {
      const unreachable: never = answer;
      return unreachable;
    }
  }
}
