import { describe, expect, it } from 'vitest';
import { format, type LocalizedText } from '../../app/i18n';
import { insightDateWords, lineFailureWords, webhookReasonWords } from './line-words';

const t = (text: LocalizedText, values?: Readonly<Record<string, string | number>>) =>
  format(text.en, values ?? {}, 'en');

describe('LINE answers in words', () => {
  it('says which status the webhook answered, and points at the secret', () => {
    const test = { success: false, statusCode: 401, reason: 'ERROR_STATUS_CODE', detail: '401 Unauthorized' };
    expect(webhookReasonWords(test, t)).toBe(
      'your server answered 401 instead of 200 (401 Unauthorized). Check the channel secret in step 1.',
    );
  });

  it('keeps LINE’s words for a reason it did not document', () => {
    const test = { success: false, statusCode: 0, reason: 'UNCLASSIFIED', detail: 'something odd' };
    expect(webhookReasonWords(test, t)).toBe('UNCLASSIFIED (something odd)');
  });

  it('shows a refusal as LINE said it, and an unreachable LINE as such', () => {
    expect(lineFailureWords({ code: 'line_refused', message: 'Authentication failed' }, t)).toBe(
      'Authentication failed',
    );
    expect(lineFailureWords({ code: 'line_unreachable', message: 'fetch failed' }, t)).toBe(
      'LINE could not be reached (fetch failed).',
    );
  });

  it('writes LINE’s insight date as a date', () => {
    expect(insightDateWords('20261206', 'en')).toBe('Dec 6, 2026');
    expect(insightDateWords('not-a-date', 'en')).toBe('not-a-date');
  });
});
