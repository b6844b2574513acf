import { channelSpecs } from '@wayfarer/channels/spec';
import type { Locale, LocalizedText } from './i18n';

/** Channel names as marketers read them, from the channel definitions (@wayfarer/channels/spec). */
export const channelNames: Readonly<Record<string, LocalizedText>> = Object.fromEntries(
  channelSpecs.map((spec) => [spec.name, spec.label]),
);

/** The name of a channel in the UI language; an unknown channel shows as it is. */
export function channelName(channel: string, locale: Locale): string {
  return Object.hasOwn(channelNames, channel) ? (channelNames[channel]?.[locale] ?? channel) : channel;
}
