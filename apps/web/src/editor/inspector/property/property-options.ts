// The property picker's logic, free of React: which event a property condition is about (its
// sibling `event` field), and how each received property reads in the list.
import type { LocalizedText } from '../../../app/i18n';
import { formatRelativeTime } from '../../../journeys/relative-time';
import type { ComboboxOption } from '../../../ui';
import { inspectorMessages } from '../messages';
import { propertyMessages as m, propertyTypeWords } from './property-messages';

export type PropertyValueType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/** A property an event was received with, as `customers.eventProperties` returns it. */
export interface PropertyUse {
  name: string;
  count: number;
  lastSeenAt: string;
  type: PropertyValueType;
  examples: readonly string[];
}

type Translate = (text: LocalizedText, values?: Readonly<Record<string, string | number>>) => string;

/**
 * The config path of the event a property condition tests: the `event` beside the `where` list
 * holding it (`where.0.path` → `event`, `conditions.2.where.1.path` → `conditions.2.event`).
 * Undefined for a path that is not a condition's property.
 */
export function conditionEventPath(propertyPath: string): string | undefined {
  const match = /^(?:(.+)\.)?where\.\d+\.path$/.exec(propertyPath);
  if (match === null) return undefined;
  return match[1] === undefined ? 'event' : `${match[1]}.event`;
}

/** The event named beside a property condition in `root` (a node's config), trimmed; '' when none. */
export function conditionEvent(root: unknown, propertyPath: string): string {
  const eventPath = conditionEventPath(propertyPath);
  if (eventPath === undefined) return '';
  let value: unknown = root;
  for (const key of eventPath.split('.')) {
    if (typeof value !== 'object' || value === null) return '';
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'string' ? value.trim() : '';
}

/** The list's options: each property with how often and how lately, its type and examples. */
export function propertyOptions(
  uses: readonly PropertyUse[],
  sampled: number,
  t: Translate,
  locale: string,
  now: number,
  justNow: string,
): ComboboxOption[] {
  return uses.map((use) => {
    const seen = formatRelativeTime(use.lastSeenAt, now, locale, justNow);
    const type = t(propertyTypeWords[use.type]);
    const kind = use.examples.length === 0 ? type : t(m.examples, { type, examples: use.examples.join(', ') });
    const lastSeen = t(inspectorMessages.lastSeen, { when: seen });
    return { id: use.name, description: `${t(m.uses, { count: use.count, sampled })} · ${lastSeen} · ${kind}` };
  });
}
