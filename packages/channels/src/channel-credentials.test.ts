import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openChannelConfig, redactChannelConfig, sealChannelConfig } from './channel-credentials';
import { createSecretBox } from './secrets';

const box = createSecretBox(randomBytes(32));
const sms = {
  channel: 'sms',
  accountSid: 'AC0123456789',
  authToken: 'auth-token-abcdef-9876',
  from: '+15005550006',
} as const;

describe('channel credentials', () => {
  it('seals a validated config that opens for the same workspace and channel, with defaults', () => {
    const sealed = sealChannelConfig(box, 'ws-1', sms);
    expect(sealed).not.toContain('auth-token');
    expect(openChannelConfig(box, 'ws-1', 'sms', sealed)).toEqual({
      ...sms,
      baseUrl: 'https://api.twilio.com',
      timeoutMs: 10_000,
    });
  });

  it('does not open in another workspace or as another channel', () => {
    const sealed = sealChannelConfig(box, 'ws-1', sms);
    expect(() => openChannelConfig(box, 'ws-2', 'sms', sealed)).toThrow(
      expect.objectContaining({ code: 'sealed_value_unopenable' }),
    );
    expect(() => openChannelConfig(box, 'ws-1', 'line', sealed)).toThrow(
      expect.objectContaining({ code: 'sealed_value_unopenable' }),
    );
  });

  it('refuses to seal an invalid config', () => {
    expect(() => sealChannelConfig(box, 'ws-1', { ...sms, authToken: '' })).toThrow(
      expect.objectContaining({ code: 'invalid_channel_config', message: expect.stringContaining('authToken') }),
    );
  });

  it('redacts secrets, nested ones included, and leaves the rest readable', () => {
    expect(redactChannelConfig({ ...sms, baseUrl: 'https://api.twilio.com', timeoutMs: 10_000 })).toMatchObject({
      accountSid: 'AC0123456789',
      authToken: '••••9876',
    });
    const email = redactChannelConfig({
      channel: 'email',
      host: 'smtp.example',
      port: 587,
      security: 'starttls',
      auth: { user: 'mailer', pass: 'p4ssword-long-1234' },
      from: 'news@shop.example',
      timeoutMs: 10_000,
    });
    expect(email).toMatchObject({ host: 'smtp.example', auth: { user: 'mailer', pass: '••••1234' } });
    expect(JSON.stringify(email)).not.toContain('p4ssword');
  });
});
