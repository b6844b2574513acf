// The sending policy's form (strings, as inputs hold them) and the settings the API validates.
import { cappedChannels, type CredentialChannel } from './channel-fields';

export interface Cap {
  limit: number;
  windowHours: number;
}

export interface MessagingSettings {
  quietHours: { start: string; end: string } | null;
  frequencyCap: Cap | null;
  channelCaps: Partial<Record<CredentialChannel, Cap | null>>;
}

export interface CapForm {
  enabled: boolean;
  limit: string;
  windowHours: string;
}

export interface PolicyForm {
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
  frequencyCap: CapForm;
  /** Empty limit: the channel follows the cap for all channels. */
  channelCaps: Record<CredentialChannel, CapForm>;
}

const capForm = (cap: Cap | null | undefined): CapForm => ({
  enabled: cap !== null,
  limit: cap ? String(cap.limit) : '',
  windowHours: cap ? String(cap.windowHours) : '24',
});

export function policyFormFrom(settings: MessagingSettings): PolicyForm {
  const channelCaps = Object.fromEntries(
    cappedChannels.map((channel) => [channel, capForm(settings.channelCaps[channel])]),
  ) as Record<CredentialChannel, CapForm>;
  return {
    quietEnabled: settings.quietHours !== null,
    quietStart: settings.quietHours?.start ?? '21:00',
    quietEnd: settings.quietHours?.end ?? '09:00',
    frequencyCap: capForm(settings.frequencyCap),
    channelCaps,
  };
}

const capFrom = (form: CapForm): Cap | null =>
  form.enabled ? { limit: Number(form.limit), windowHours: Number(form.windowHours) } : null;

export function settingsFrom(form: PolicyForm): MessagingSettings {
  const channelCaps: MessagingSettings['channelCaps'] = {};
  for (const [channel, cap] of Object.entries(form.channelCaps) as [CredentialChannel, CapForm][]) {
    // A switched-on cap with no limit means "as for all channels": it is left out.
    if (!cap.enabled) channelCaps[channel] = null;
    else if (cap.limit.trim() !== '') channelCaps[channel] = capFrom(cap);
  }
  return {
    quietHours: form.quietEnabled ? { start: form.quietStart, end: form.quietEnd } : null,
    frequencyCap: capFrom(form.frequencyCap),
    channelCaps,
  };
}
