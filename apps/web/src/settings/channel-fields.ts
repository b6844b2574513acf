// What each channel's card asks for, and the mapping between its form (flat strings) and the
// config the API validates. Secrets come back redacted; sending the redaction keeps them.
import {
  cappedChannelNames,
  channelSpec,
  credentialChannelNames,
  type ProviderChannelName,
  type SettingsField,
} from '@wayfarer/channels/spec';
import type { LocalizedText } from '../app/i18n';

/** The channels a workspace connects with credentials, a card each (from the channel registry). */
export type CredentialChannel = ProviderChannelName;
export const credentialChannels: readonly CredentialChannel[] = credentialChannelNames;
/** The channels with a frequency cap of their own in the sending policy. */
export const cappedChannels: readonly CredentialChannel[] = cappedChannelNames;

/** One field of a channel's card (the channel definition's `settings.fields`). */
export type ChannelField = SettingsField;

/** The fields of a channel's card. */
export function channelFields(channel: CredentialChannel): readonly ChannelField[] {
  return channelSpec(channel).settings.fields;
}

/** The card's title, e.g. "Email (SMTP)". */
export function channelTitle(channel: CredentialChannel): LocalizedText {
  return channelSpec(channel).settings.title;
}

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
  for (const field of channelFields(channel)) {
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
  for (const field of channelFields(channel)) {
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
