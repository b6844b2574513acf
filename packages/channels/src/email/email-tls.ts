import { defaultSmtpPorts, type EmailConfig } from './email.channel';
import type { DeliveryFailed } from '../types';

// The TLS mode of an SMTP connection as nodemailer's options. nodemailer's defaults upgrade
// opportunistically and fall back to plain text when the server offers no STARTTLS, which would
// send a password in clear: `starttls` therefore requires the upgrade, and only `none` skips it.

/** nodemailer's port and TLS options for a config. */
export function emailTlsOptions(config: Pick<EmailConfig, 'port' | 'security' | 'allowSelfSigned'>) {
  const port = config.port ?? defaultSmtpPorts[config.security];
  // Development only (a config option a user sets on purpose): without it nodemailer checks the chain.
  const tls = config.allowSelfSigned ? { tls: { rejectUnauthorized: false } } : {};
  switch (config.security) {
    case 'starttls':
      return { port, secure: false, requireTLS: true, ignoreTLS: false, ...tls };
    case 'tls':
      return { port, secure: true, requireTLS: false, ignoreTLS: false, ...tls };
    case 'none':
      return { port, secure: false, requireTLS: false, ignoreTLS: true };
    default: {
      const unreachable: never = config.security;
      return unreachable;
    }
  }
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  message: string;
}

/**
 * A TLS problem, which retrying will not fix: the server demands TLS that the `none` mode will not
 * do (530/538 "Must issue a STARTTLS command first"), or the TLS the mode requires did not happen
 * (no STARTTLS offered, an untrusted certificate, a handshake that failed).
 */
export function emailTlsFailure({ code, responseCode, message }: SmtpError): DeliveryFailed | undefined {
  if ((responseCode === 530 || responseCode === 538) && /STARTTLS|TLS/i.test(message)) {
    return {
      status: 'failed',
      retryable: false,
      code: 'tls_required',
      providerStatus: responseCode,
      detail: 'tls_required',
    };
  }
  const certificate = /certificate|self[- ]signed|SSL routines|wrong version number|TLS/i.test(message);
  if (code === 'ETLS' || (code === 'ESOCKET' && certificate)) {
    return { status: 'failed', retryable: false, code: 'tls_failed', detail: 'tls_failed' };
  }
  return undefined;
}
