import { cappedChannelNames, type ProviderChannelName } from '@wayfarer/channels/spec';
import { z } from 'zod';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 21:00');
const cap = z.object({
  limit: z.number().int().min(1).max(1000),
  windowHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
});

/**
 * A workspace's sending policy. Quiet hours are read on the customer's clock; a window whose
 * start is after its end spans midnight. A cap counts messages per customer per channel.
 */
export const messagingSettingsSchema = z.object({
  quietHours: z.object({ start: clock, end: clock }).nullable().default({ start: '21:00', end: '09:00' }),
  frequencyCap: cap.nullable().default({ limit: 3, windowHours: 24 }),
  /** Per-channel caps instead of `frequencyCap` (null: no cap on that channel). */
  channelCaps: z.partialRecord(z.enum(cappedChannelNames), cap.nullable()).default({}),
});

export type MessagingSettings = z.infer<typeof messagingSettingsSchema>;
export type FrequencyCap = z.infer<typeof cap>;

/** The settings stored for a workspace, with defaults for what it did not set (and for none). */
export function readMessagingSettings(stored: unknown): MessagingSettings {
  const parsed = messagingSettingsSchema.safeParse(stored ?? {});
  // A stored policy that no longer parses must not stop sending: fall back to the defaults.
  return parsed.success ? parsed.data : messagingSettingsSchema.parse({});
}

/** The cap that applies to a channel, if any. */
export function capFor(settings: MessagingSettings, channel: ProviderChannelName): FrequencyCap | null {
  const own = settings.channelCaps[channel];
  return own === undefined ? settings.frequencyCap : own;
}
