import { channelContentFields } from '../builtins/send-content';
import type { FieldCondition } from './define-editor';

// A message's content as the editor shows it, wherever it is edited (a send node, the template
// library): each text a Liquid template field, and only the fields of the chosen channel.
// The wordings of an A/B test (`abTest.variants.*`) are contents too, with their own locale variants.
const localePrefixes = ['', 'variants.en.', 'variants.zh-TW.', 'variants.zh-CN.'];
const prefixes = [...localePrefixes, ...localePrefixes.map((prefix) => `abTest.variants.*.${prefix}`)];

/** Field path → widget for content at the root of a config (`body`, `variants.en.subject`, …). */
export const messageContentWidgets: Readonly<Record<string, string>> = Object.fromEntries(
  prefixes.flatMap((prefix): [string, string][] => [
    ...['body', 'subject', 'html'].map((field): [string, string] => [`${prefix}${field}`, 'template']),
    // A Liquid template too, with a builder of Flex layouts above it.
    [`${prefix}flex`, 'flex'],
  ]),
);

/** Field path → the channels it is shown for: `body` is every channel's, the others one channel's. */
export function messageContentVisibility(channelField: string): Readonly<Record<string, FieldCondition>> {
  return Object.fromEntries(
    prefixes.flatMap((prefix) =>
      Object.entries(channelContentFields).map(([field, values]) => [
        `${prefix}${field}`,
        { field: channelField, values },
      ]),
    ),
  );
}
