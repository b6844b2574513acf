// What each channel's card asks for, and the mapping between its form (flat strings) and the
// config the API validates. Secrets come back redacted; sending the redaction keeps them.
import type { LocalizedText } from '../app/i18n';
import { settingsMessages as m } from './messages';

export type CredentialChannel = 'line' | 'email' | 'sms' | 'webhook';
export const credentialChannels: readonly CredentialChannel[] = ['line', 'email', 'sms', 'webhook'];

export interface ChannelField {
  /** Dotted path in the config, e.g. `auth.pass`. */
  path: string;
  label: LocalizedText;
  /** `toggle` is a checkbox, held in the form as `'true'` or `''`. */
  kind: 'text' | 'secret' | 'number' | 'select' | 'toggle';
  placeholder?: string;
  /** A select's choices; the first is what an unset value shows (the server's default). */
  options?: readonly { value: string; label: LocalizedText }[];
  help?: LocalizedText;
}

/** The email TLS modes (packages/channels emailTlsModeSchema), starttls first: it is the default. */
const tlsModes = [
  { value: 'starttls', label: m.tlsStarttls },
  { value: 'tls', label: m.tlsImplicit },
  { value: 'none', label: m.tlsNone },
] as const;

export const channelFields: Record<CredentialChannel, readonly ChannelField[]> = {
  line: [
    { path: 'channelId', label: m.channelId, kind: 'text', placeholder: '1657000000' },
    { path: 'channelSecret', label: m.channelSecret, kind: 'secret' },
    { path: 'channelAccessToken', label: m.channelAccessToken, kind: 'secret' },
  ],
  email: [
    { path: 'host', label: m.host, kind: 'text', placeholder: 'smtp.example.com' },
    { path: 'security', label: m.tlsMode, kind: 'select', options: tlsModes },
    { path: 'port', label: m.port, kind: 'number', placeholder: '587 · 465' },
    { path: 'auth.user', label: m.user, kind: 'text' },
    { path: 'auth.pass', label: m.password, kind: 'secret' },
    { path: 'from', label: m.from, kind: 'text', placeholder: 'Shop <news@shop.example>' },
    { path: 'allowSelfSigned', label: m.allowSelfSigned, kind: 'toggle', help: m.allowSelfSignedHelp },
  ],
  sms: [
    { path: 'accountSid', label: m.accountSid, kind: 'text', placeholder: 'AC…' },
    { path: 'authToken', label: m.authToken, kind: 'secret' },
    { path: 'from', label: m.smsFrom, kind: 'text', placeholder: '+15551234567' },
  ],
  webhook: [
    { path: 'url', label: m.url, kind: 'text', placeholder: 'https://example.com/hooks/wayfarer' },
    { path: 'signingSecret', label: m.signingSecret, kind: 'secret' },
  ],
};

export type ChannelForm = Record<string, string>;

function readPath(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (current, key) =>
        typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined,
      value,
    );
}

/** The form's values from a stored (redacted) config; empty strings where nothing is stored. */
export function formFromConfig(channel: CredentialChannel, config: Record<string, unknown> | null): ChannelForm {
  const form: ChannelForm = {};
  for (const field of channelFields[channel]) {
    const value = readPath(config, field.path);
    if (field.kind === 'toggle') form[field.path] = value === true ? 'true' : '';
    else if (typeof value === 'string' || typeof value === 'number') form[field.path] = String(value);
    else form[field.path] = field.options?.[0]?.value ?? '';
  }
  return form;
}

/**
 * The config to save: other stored settings (base URLs, timeouts) kept, the form's fields over them.
 * An empty optional port or SMTP login is left out; an empty required field is sent so the
 * server names it.
 */
export function configFromForm(
  channel: CredentialChannel,
  form: ChannelForm,
  stored: Record<string, unknown> | null,
): Record<string, unknown> {
  const config: Record<string, unknown> = { ...(stored ?? {}) };
  delete config.channel;
  delete config.auth;
  for (const field of channelFields[channel]) {
    const value = (form[field.path] ?? '').trim();
    const [head = '', leaf] = field.path.split('.');
    if (leaf !== undefined) {
      if (value === '' && (form['auth.user'] ?? '').trim() === '' && (form['auth.pass'] ?? '').trim() === '') continue;
      const nested = config[head];
      config[head] = { ...(typeof nested === 'object' && nested !== null ? nested : {}), [leaf]: value };
    } else if (field.kind === 'toggle') {
      config[head] = value === 'true';
    } else if (field.kind === 'number') {
      if (value === '') delete config[head];
      else config[head] = Number(value);
    } else {
      config[head] = value;
    }
  }
  return config;
}
