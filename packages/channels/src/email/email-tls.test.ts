import { describe, expect, it } from 'vitest';
import { emailConfigSchema } from './email.channel';
import { emailTlsFailure, emailTlsOptions } from './email-tls';

const parse = (extra: Record<string, unknown>) =>
  emailConfigSchema.parse({ channel: 'email', host: 'smtp.example', from: 'a@shop.example', ...extra });

describe('email TLS modes', () => {
  it('defaults to starttls on 587 with the upgrade required and the certificate checked', () => {
    const config = parse({});
    expect(config.security).toBe('starttls');
    expect(emailTlsOptions(config)).toEqual({ port: 587, secure: false, requireTLS: true, ignoreTLS: false });
  });

  it('maps tls to implicit TLS on 465 and none to plain text that never upgrades', () => {
    expect(emailTlsOptions(parse({ security: 'tls' }))).toEqual({
      port: 465,
      secure: true,
      requireTLS: false,
      ignoreTLS: false,
    });
    expect(emailTlsOptions(parse({ security: 'none', port: 1025 }))).toEqual({
      port: 1025,
      secure: false,
      requireTLS: false,
      ignoreTLS: true,
    });
  });

  it('skips certificate checks only when self-signed certificates are allowed explicitly', () => {
    expect(emailTlsOptions(parse({ allowSelfSigned: true }))).toMatchObject({ tls: { rejectUnauthorized: false } });
    expect(emailTlsOptions(parse({ security: 'none', allowSelfSigned: true }))).not.toHaveProperty('tls');
  });

  it('rejects an unknown mode', () => {
    expect(emailConfigSchema.safeParse({ channel: 'email', host: 'h', from: 'a@b.c', security: 'ssl' }).success).toBe(
      false,
    );
  });

  it('types TLS refusals as final failures and leaves other errors alone', () => {
    expect(
      emailTlsFailure({ code: 'EAUTH', responseCode: 538, message: 'Error: Must issue a STARTTLS command first' }),
    ).toMatchObject({ code: 'tls_required', retryable: false, providerStatus: 538 });
    expect(emailTlsFailure({ code: 'ESOCKET', message: 'self-signed certificate' })).toMatchObject({
      code: 'tls_failed',
      retryable: false,
    });
    expect(emailTlsFailure({ code: 'ETLS', message: 'No STARTTLS' })).toMatchObject({ code: 'tls_failed' });
    expect(emailTlsFailure({ code: 'EAUTH', responseCode: 535, message: 'Invalid login' })).toBeUndefined();
    expect(emailTlsFailure({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })).toBeUndefined();
  });
});
