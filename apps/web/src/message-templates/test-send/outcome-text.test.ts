import { describe, expect, it } from 'vitest';
import { format, type LocalizedText } from '../../app/i18n';
import { outcomeText, type TestSendAnswer } from './outcome-text';

const inLocale =
  (locale: 'en' | 'zh-TW') => (text: LocalizedText, values?: Readonly<Record<string, string | number>>) =>
    format(text[locale], values, locale);
const en = inLocale('en');

describe('a test send’s outcome in words', () => {
  it('names the recipient and, for email, the address', () => {
    const sent: TestSendAnswer = { status: 'sent', address: 'mei@example.com', recipient: { name: 'Mei' } };
    expect(outcomeText(sent, 'Email', en)).toBe('Test sent by Email to Mei (mei@example.com).');
    const line: TestSendAnswer = { status: 'sent', address: `U${'a'.repeat(32)}`, recipient: { name: 'Ken' } };
    expect(outcomeText(line, 'LINE', inLocale('zh-TW'))).toBe('已透過 LINE 傳送測試給 Ken。');
  });

  it('says which variable has no value, and how to give it a fallback', () => {
    const missing: TestSendAnswer = {
      status: 'failed',
      reason: 'render_error',
      detail: 'undefined variable: customer.nickname',
      field: 'variants.zh-TW.body',
      variable: 'customer.nickname',
      recipient: { name: null },
    };
    expect(outcomeText(missing, 'LINE', en)).toBe(
      'Not sent: customer.nickname has no value in the message text. Give it a fallback, e.g. {{ customer.nickname | default: "…" }}.',
    );
  });

  it('passes on the provider’s refusal with its code', () => {
    const refused: TestSendAnswer = {
      status: 'failed',
      reason: 'provider_refused',
      detail: "The property, 'to', in the request body is invalid",
      providerCode: 'rejected',
      recipient: { name: 'Ken' },
    };
    expect(outcomeText(refused, 'LINE', en)).toBe(
      "Not sent: LINE refused it (rejected): The property, 'to', in the request body is invalid",
    );
  });
});
