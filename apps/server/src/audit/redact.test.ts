import { describe, expect, it } from 'vitest';
import { compactForAudit, isSecretKey, REDACTED, redactSecrets } from './redact';

describe('redactSecrets', () => {
  it('redacts by key name and by the channel config schema, at any depth', () => {
    const redacted = redactSecrets({
      channel: 'email',
      config: { host: 'smtp.example.com', auth: { user: 'me', pass: 'hunter2' } },
      line: { channelAccessToken: 'tok', channelSecret: 'sec' },
      sms: { authToken: 'sms-secret', accountSid: 'AC1' },
      webhook: { signingSecret: 'sign' },
      password: 'p',
      apiKey: 'k',
      list: [{ token: 't' }],
    });
    expect(redacted).toEqual({
      channel: 'email',
      config: { host: 'smtp.example.com', auth: { user: 'me', pass: REDACTED } },
      line: { channelAccessToken: REDACTED, channelSecret: REDACTED },
      sms: { authToken: REDACTED, accountSid: 'AC1' },
      webhook: { signingSecret: REDACTED },
      password: REDACTED,
      apiKey: REDACTED,
      list: [{ token: REDACTED }],
    });
  });

  it('redacts strings shaped like an API key wherever they are', () => {
    const key = `wf_${'a'.repeat(43)}`;
    expect(redactSecrets({ note: `use ${key} now` })).toEqual({ note: `use ${REDACTED} now` });
  });

  it('keeps ordinary names', () => {
    // `key` names badges, tiers and prizes; API keys are caught by `apiKey` and by their shape.
    for (const key of ['name', 'key', 'keyPrefix', 'journeyId', 'scope', 'passes'])
      expect(isSecretKey(key)).toBe(false);
    expect(isSecretKey('signingSecret')).toBe(true);
  });
});

describe('compactForAudit', () => {
  it('bounds long arrays and strings', () => {
    const compacted = compactForAudit({
      codes: Array.from({ length: 60 }, (_, i) => `c${i}`),
      text: 'x'.repeat(2_100),
    });
    expect(compacted).toMatchObject({ codes: expect.arrayContaining(['c0', '… 10 more']) as unknown });
    expect((compacted as { codes: unknown[] }).codes).toHaveLength(51);
    expect((compacted as { text: string }).text).toMatch(/… \(2100 chars\)$/);
  });
});
