import { describe, expect, it } from 'vitest';
import { configFromForm, formFromConfig } from './channel-fields';

describe('channel form mapping', () => {
  it('reads a redacted email config into flat fields and back', () => {
    const stored = {
      channel: 'email',
      host: 'smtp.shop.example',
      port: 465,
      security: 'tls',
      auth: { user: 'news', pass: '••••' },
      from: 'Shop <news@shop.example>',
      timeoutMs: 10_000,
    };
    const form = formFromConfig('email', stored);
    expect(form).toEqual({
      host: 'smtp.shop.example',
      port: '465',
      'auth.user': 'news',
      'auth.pass': '••••',
      from: 'Shop <news@shop.example>',
      security: 'tls',
      allowSelfSigned: '',
    });
    expect(configFromForm('email', { ...form, port: '587' }, stored)).toEqual({
      host: 'smtp.shop.example',
      port: 587,
      security: 'tls',
      auth: { user: 'news', pass: '••••' },
      from: 'Shop <news@shop.example>',
      allowSelfSigned: false,
      timeoutMs: 10_000,
    });
  });

  it('shows starttls for an email config without a mode and maps the self-signed checkbox', () => {
    const form = formFromConfig('email', null);
    expect(form.security).toBe('starttls');
    const config = configFromForm(
      'email',
      { ...form, host: 'mail.local', security: 'none', allowSelfSigned: 'true' },
      null,
    );
    expect(config).toMatchObject({ host: 'mail.local', security: 'none', allowSelfSigned: true });
  });

  it('asks the LINE card for channel id, channel secret and access token, secrets kept redacted', () => {
    const stored = {
      channel: 'line',
      channelAccessToken: '••••4321',
      channelId: '1657000000',
      channelSecret: '••••c4a9',
    };
    const form = formFromConfig('line', stored);
    expect(form).toEqual({ channelId: '1657000000', channelSecret: '••••c4a9', channelAccessToken: '••••4321' });
    expect(configFromForm('line', form, stored)).toEqual({
      channelId: '1657000000',
      channelSecret: '••••c4a9',
      channelAccessToken: '••••4321',
    });
  });

  it('leaves out an empty SMTP login and port, and sends empty required fields', () => {
    const form = { ...formFromConfig('email', null), host: 'relay' };
    expect(configFromForm('email', form, null)).toEqual({
      host: 'relay',
      from: '',
      security: 'starttls',
      allowSelfSigned: false,
    });
  });

  it('maps an SMS form', () => {
    const form = { accountSid: ' AC1 ', authToken: 'token', from: '+1555' };
    expect(configFromForm('sms', form, null)).toEqual({ accountSid: 'AC1', authToken: 'token', from: '+1555' });
  });
});
