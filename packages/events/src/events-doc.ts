import { z } from 'zod';
import { eventCatalogue } from './catalogue';
import type { CatalogueEvent, EventSource } from './define-event';

const sourceHeadings: Readonly<Record<EventSource, string>> = {
  line: 'LINE (the webhook)',
  messenger: 'Messenger (the Page webhook)',
  // Event sources, not a channel table: WeChat's are its Official Account callback's.
  wechat: 'WeChat Official Account (the callback)',
  email: 'Email (open and click tracking)',
  consent: 'Consent',
  segments: 'Segments',
  loyalty: 'Loyalty (journey steps and the daily refresh)',
  referral: 'Referral (share links)',
  tracked: 'Sent by your systems (`POST /v1/track`)',
};

interface PropertyRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

function typeOf(schema: z.core.JSONSchema.JSONSchema): string {
  if (schema.enum) return schema.enum.map((value) => `\`${String(value)}\``).join(' \\| ');
  const types = [schema.type ?? (schema.anyOf ?? []).map((part) => (typeof part === 'object' ? part.type : ''))].flat();
  return types.filter(Boolean).join(' \\| ') || 'any';
}

function propertyRows(event: CatalogueEvent): PropertyRow[] {
  const json = z.toJSONSchema(event.properties, { io: 'input', unrepresentable: 'any' });
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, schema]) => {
    const property = typeof schema === 'object' ? schema : {};
    return { name, type: typeOf(property), required: required.has(name), description: property.description ?? '' };
  });
}

function eventSection(event: CatalogueEvent): string[] {
  const rows = propertyRows(event);
  const lines = [`### \`${event.name}\` — ${event.title.en}`, '', event.description, ''];
  if (rows.length === 0) return [...lines, 'No properties.', ''];
  return [
    ...lines,
    '| property | type | description |',
    '| --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| \`${row.name}\`${row.required ? '' : ' (optional)'} | ${row.type} | ${row.description.replace(/\|/g, '\\|')} |`,
    ),
    '',
  ];
}

/** docs/events.md: the catalogue as developers read it, grouped by who produces each event. */
export function eventsMarkdown(): string {
  const sections = (Object.keys(sourceHeadings) as EventSource[]).flatMap((source) => {
    const events = eventCatalogue.filter((event) => event.source === source);
    return events.length === 0 ? [] : [`## ${sourceHeadings[source]}`, '', ...events.flatMap(eventSection)];
  });
  return [
    '# Events',
    '',
    '<!-- Generated from packages/events (eventsMarkdown); packages/events/src/catalogue.test.ts keeps it current. -->',
    '',
    'The events journeys trigger on, wait for, branch on and exit on. Wayfarer produces the first ones',
    'itself; the last group is what journeys and templates expect your systems to send, under these names.',
    'Any other event name works too: it is stored and routed the same way.',
    '',
    ...sections,
  ].join('\n');
}
