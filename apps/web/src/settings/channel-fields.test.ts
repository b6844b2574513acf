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
    });
    expect(configFromForm('email', { ...form, port: '587' }, stored)).toEqual({
      host: 'smtp.shop.example',
      port: 587,
      security: 'tls',
      auth: { user: 'news', pass: '••••' },
      from: 'Shop <news@shop.example>',
      timeoutMs: 10_000,
    });
  });

  it('leaves out an empty SMTP login and port, and sends empty required fields', () => {
    const form = { ...formFromConfig('email', null), host: 'relay' };
    expect(configFromForm('email', form, null)).toEqual({ host: 'relay', from: '' });
  });

  it('maps an SMS form', () => {
    const form = { accountSid: ' AC1 ', authToken: 'token', from: '+1555' };
    expect(configFromForm('sms', form, null)).toEqual({ accountSid: 'AC1', authToken: 'token', from: '+1555' });
  });
});
