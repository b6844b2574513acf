import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { EmailConfig } from './email.channel';
import { raceSignal, startDeadline, type Deadline } from '../deadline';
import { defineAdapter, widenAdapter } from '../define-adapter';
import { emailTlsFailure, emailTlsOptions } from './email-tls';
import { classifyNoAnswer } from '../failures';
import { messageIdFromKey } from '../idempotency';
import { emailChannel, emailMessageSchema } from './email.channel';
import { defineChannelRuntime } from '../define-channel-runtime';
import type { ChannelAdapter, DeliveryFailed } from '../types';
import { defaultOutboundPolicy, type OutboundPolicy } from '../outbound/address-policy';
import { guardedSmtpSocket } from '../outbound/smtp-socket';

interface SmtpError {
  code?: string;
  responseCode?: number;
  message: string;
}

function asSmtpError(error: unknown): SmtpError {
  if (error instanceof Error) return error; // nodemailer adds code and responseCode to its Errors
  return { message: String(error) };
}

/**
 * SMTP's reply codes run the other way round from HTTP's on purpose: 4yz is a transient refusal
 * (try again later), 5yz a permanent one. Errors without a reply are connection problems. The
 * detail is the reply code (`smtp_550`), never the server's text.
 */
function emailFailure(error: unknown, deadline: Deadline): DeliveryFailed {
  const stopped = deadline.reason();
  if (stopped !== undefined) return classifyNoAnswer(error, stopped);
  const smtpError = asSmtpError(error);
  const tlsFailure = emailTlsFailure(smtpError);
  if (tlsFailure !== undefined) return tlsFailure;
  const { code, responseCode } = smtpError;
  if (responseCode !== undefined) {
    const base = { status: 'failed', providerStatus: responseCode, detail: `smtp_${responseCode}` } as const;
    if (responseCode >= 400 && responseCode < 500) return { ...base, retryable: true, code: 'provider_unavailable' };
    if (code === 'EAUTH') return { ...base, retryable: false, code: 'unauthorized' };
    return { ...base, retryable: false, code: 'rejected' };
  }
  if (code === 'ETIMEDOUT') return classifyNoAnswer(error, 'timeout');
  if (code === 'EENVELOPE' || code === 'EMESSAGE') {
    return { status: 'failed', retryable: false, code: 'invalid_message', detail: 'invalid_envelope' };
  }
  return classifyNoAnswer(error, 'network');
}

/** The domain of the From address, for generated Message-IDs. */
function fromDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split('@')[1]?.trim() || 'wayfarer.invalid';
}

/**
 * Email over SMTP with nodemailer: HTML and text parts, one-click unsubscribe headers (RFC 8058),
 * and a Message-ID derived from the idempotency key. SMTP has no idempotency of its own. The TCP
 * connection is opened under the outbound policy (guardedSmtpSocket).
 */
export function createEmailAdapter(
  config: EmailConfig,
  policy: OutboundPolicy = defaultOutboundPolicy(),
): ChannelAdapter<'email'> {
  const options: SMTPTransport.Options = {
    host: config.host,
    getSocket: guardedSmtpSocket(policy),
    ...emailTlsOptions(config),
    ...(config.auth ? { auth: config.auth } : {}),
    connectionTimeout: config.timeoutMs,
    greetingTimeout: config.timeoutMs,
    socketTimeout: config.timeoutMs,
  };
  const transport = nodemailer.createTransport(options);
  const domain = config.messageIdDomain ?? fromDomain(config.from);
  return defineAdapter('email', emailMessageSchema, async (message, options) => {
    const messageId = messageIdFromKey(options.idempotencyKey, domain);
    const deadline = startDeadline(config.timeoutMs, options.signal);
    try {
      const mail = transport.sendMail({
        from: config.from,
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        messageId,
        headers: {
          'List-Unsubscribe': `<${message.unsubscribeUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      });
      const info = await raceSignal(mail, deadline.signal);
      return { status: 'sent', providerMessageId: info.messageId || messageId };
    } catch (error) {
      return emailFailure(error, deadline);
    } finally {
      deadline.dispose();
    }
  });
}

/** Email's runtime facet: the SMTP adapter. */
export const emailRuntime = defineChannelRuntime(emailChannel, {
  createAdapter: (config, deps) => widenAdapter(createEmailAdapter(config, deps.policy)),
});
