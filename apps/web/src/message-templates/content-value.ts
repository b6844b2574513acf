// A message's content in the two layouts that hold it: flat beside a channel (a send node's config,
// the library form) and as a library template's `{ channel, content }`.
import { isChannelName } from '@wayfarer/channels/spec';
import type { TemplateChannel, TemplateContent } from './template-types';

const contentKeys = ['subject', 'body', 'html', 'flex', 'variants'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The content fields of a flat value (unset ones left out). */
export function contentOf(value: unknown): TemplateContent {
  const record = isRecord(value) ? value : {};
  const content: Record<string, unknown> = {};
  for (const key of contentKeys) if (record[key] !== undefined) content[key] = record[key];
  return { body: '', ...content };
}

/** The channel of a flat value at `channelField`, when it is one. */
export function channelOf(value: unknown, channelField = 'channel'): TemplateChannel | undefined {
  const channel = isRecord(value) ? value[channelField] : undefined;
  return isChannelName(channel) ? channel : undefined;
}

/**
 * `config` with a library template's content copied in: its content fields replaced (none of the
 * old ones linger) and its channel set to the template's. The copy is the node's own from then on.
 */
export function withContent(
  config: unknown,
  template: { channel: TemplateChannel; content: TemplateContent },
  channelField = 'channel',
): Record<string, unknown> {
  const rest = Object.fromEntries(
    Object.entries(isRecord(config) ? config : {}).filter(([key]) => !(contentKeys as readonly string[]).includes(key)),
  );
  return { ...rest, [channelField]: template.channel, ...structuredClone(template.content) };
}
