import { channelNames, channelSpec, type ChannelName } from '@wayfarer/channels/spec';
import { findJsonProblem } from '@wayfarer/journey';
import { z } from 'zod';
import type { ConfigWarning } from '@wayfarer/journey';
import { checkTemplate, jsonStrings, unguardedCustomerAttributes } from './send-template';

/** Channels a send step can use: every registered channel (@wayfarer/channels/spec). */
export const sendChannels = channelNames;
export type SendChannel = ChannelName;

/** Customer locales a message can have its own wording for; others get the default wording. */
export const messageLocales = ['en', 'zh-TW', 'zh-CN'] as const;
export type MessageLocale = (typeof messageLocales)[number];

/**
 * The wording of a message (each field a Liquid template). What the fields mean per channel:
 * `body` is the LINE text (or the Flex alt text), the SMS text, the email's text part, the outbox
 * body and the webhook's JSON payload; `subject`/`html` are the email's; `flex` a LINE Flex JSON.
 */
export const messageContentSchema = z.object({
  subject: z.string().max(300).optional().describe('Email subject (Liquid)'),
  body: z.string().trim().min(1, 'Write the message').max(10_000).describe('Liquid template'),
  html: z.string().max(100_000).optional().describe('Email HTML (Liquid); the text part is the body'),
  flex: z.string().max(50_000).optional().describe('LINE Flex message JSON; its strings are Liquid'),
});
export type MessageContent = z.infer<typeof messageContentSchema>;

const variantSchema = messageContentSchema.partial();
export type MessageVariant = z.infer<typeof variantSchema>;

/** Per-locale wording; a missing field falls back to the default wording. */
export const variantsSchema = z
  .object({ en: variantSchema.optional(), 'zh-TW': variantSchema.optional(), 'zh-CN': variantSchema.optional() })
  .describe('Wording per customer locale');

type Issue = { path: (string | number)[]; message: string };

function jsonProblems(text: string, path: (string | number)[], what: string): Issue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [{ path, message: `${what} is not valid JSON` }];
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return [{ path, message: `${what} must be a JSON object` }];
  }
  // Before any recursive walk (jsonStrings, rendering): bounded depth, storable strings.
  const unsafe = findJsonProblem(parsed);
  if (unsafe !== undefined) {
    const where = unsafe.path.length > 0 ? ` at ${unsafe.path.join('.')}` : '';
    return [{ path, message: `${what}${where} ${unsafe.message}` }];
  }
  return jsonStrings(parsed).flatMap((leaf) =>
    checkTemplate(leaf.text).map((message) => ({ path, message: `${what} at ${leaf.path.join('.')}: ${message}` })),
  );
}

/** Template problems in one wording, with the field they are in. */
function contentProblems(content: MessageVariant, channel: SendChannel, path: (string | number)[]): Issue[] {
  const issues: Issue[] = [];
  const jsonBody = channelSpec(channel).wording.body === 'json';
  for (const field of ['subject', 'body', 'html'] as const) {
    const text = content[field];
    if (text === undefined || (field === 'body' && jsonBody)) continue;
    for (const message of checkTemplate(text)) issues.push({ path: [...path, field], message });
  }
  if (jsonBody && content.body !== undefined) {
    issues.push(...jsonProblems(content.body, [...path, 'body'], `the ${channel} payload`));
  }
  if (content.flex !== undefined) issues.push(...jsonProblems(content.flex, [...path, 'flex'], 'the Flex message'));
  return issues;
}

/** What a channel needs in the default wording (its definition's required fields). */
function channelProblems(channel: SendChannel, content: MessageContent): Issue[] {
  const required = Object.entries(channelSpec(channel).wording.required ?? {}) as [keyof MessageContent, string][];
  return required
    .filter(([field]) => (content[field] ?? '').trim() === '')
    .map(([field, message]) => ({ path: [field], message }));
}

/**
 * Checks a send config the way publishing must: every template parses, names only known
 * variables, and the channel has what it needs. Each problem names its field.
 */
export function sendConfigProblems(
  config: {
    channel: SendChannel;
    variants?: z.infer<typeof variantsSchema> | undefined;
  } & MessageContent,
): Issue[] {
  const issues = [...channelProblems(config.channel, config), ...contentProblems(config, config.channel, [])];
  for (const locale of messageLocales) {
    const variant = config.variants?.[locale];
    if (variant) issues.push(...contentProblems(variant, config.channel, ['variants', locale]));
  }
  return issues;
}

function wordingTexts(content: MessageVariant, path: string): { path: string; text: string }[] {
  const texts = (['subject', 'body', 'html'] as const).flatMap((field) => {
    const text = content[field];
    return text === undefined ? [] : [{ path: `${path}${field}`, text }];
  });
  if (content.flex === undefined) return texts;
  try {
    return [
      ...texts,
      ...jsonStrings(JSON.parse(content.flex)).map((leaf) => ({ path: `${path}flex`, text: leaf.text })),
    ];
  } catch {
    return texts;
  }
}

/**
 * Customer attributes the message prints without a fallback, one warning per attribute (the first
 * field it is in): a customer without it cannot get the message, which then fails for them.
 */
export function sendConfigWarnings(
  config: { variants?: z.infer<typeof variantsSchema> | undefined } & MessageContent,
): ConfigWarning[] {
  const texts = [
    ...wordingTexts(config, ''),
    ...messageLocales.flatMap((locale) => {
      const variant = config.variants?.[locale];
      return variant ? wordingTexts(variant, `variants.${locale}.`) : [];
    }),
  ];
  const warnings = new Map<string, ConfigWarning>();
  for (const { path, text } of texts) {
    for (const attribute of unguardedCustomerAttributes(text)) {
      if (warnings.has(attribute)) continue;
      warnings.set(attribute, {
        code: 'attribute_may_be_missing',
        path,
        message: `Customers without "${attribute}" cannot get this message: add a fallback, e.g. {{ customer.${attribute} | default: "…" }}.`,
        params: { attribute },
      });
    }
  }
  return [...warnings.values()];
}
