import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  catalogueEvent,
  eventCatalogue,
  eventLocales,
  eventsMarkdown,
  isProductEvent,
  lineFollowed,
  propertyAsset,
} from './index';

describe('the event catalogue', () => {
  it('names every event once, in snake_case, with a title in every language', () => {
    const names = eventCatalogue.map((event) => event.name);
    expect(new Set(names).size).toBe(names.length);
    for (const event of eventCatalogue) {
      expect(event.name).toMatch(/^[a-z]+(_[a-z]+)*$/);
      for (const locale of eventLocales) expect(event.title[locale].trim(), event.name).not.toBe('');
      expect(event.title['zh-TW'], event.name).not.toBe(event.title.en);
    }
  });

  it('tells Wayfarer’s own events from the ones your systems send', () => {
    expect(isProductEvent(lineFollowed.name)).toBe(true);
    expect(isProductEvent('purchase')).toBe(false);
    expect(isProductEvent('made_up')).toBe(false);
    expect(catalogueEvent('purchase')?.source).toBe('tracked');
  });

  it('knows which properties name workspace assets', () => {
    expect(propertyAsset('tier_changed', 'to')).toBe('tier');
    expect(propertyAsset('segment_entered', 'segmentId')).toBe('segment');
    expect(propertyAsset('tier_changed', 'direction')).toBeUndefined();
    expect(propertyAsset('purchase', 'toString')).toBeUndefined();
  });

  it('is what docs/events.md says', async () => {
    const path = fileURLToPath(new URL('../../../docs/events.md', import.meta.url));
    const expected = await format(eventsMarkdown(), { ...(await resolveConfig(path)), parser: 'markdown' });
    expect(readFileSync(path, 'utf8'), 'regenerate it: npm run docs -w @wayfarer/events').toBe(expected);
  });
});
