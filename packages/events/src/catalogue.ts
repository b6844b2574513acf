import type { AssetKind } from '@wayfarer/journey';
import type { CatalogueEvent } from './define-event';
import { productEvents } from './product-events';
import { trackedEvents } from './tracked-events';

/** Every event of the catalogue: what Wayfarer produces, then what journeys expect from your systems. */
export const eventCatalogue: readonly CatalogueEvent[] = [...productEvents, ...trackedEvents];

const byName = new Map(eventCatalogue.map((event) => [event.name, event]));

/** The catalogue's event of this name, or undefined for an event of the workspace's own. */
export function catalogueEvent(name: string): CatalogueEvent | undefined {
  return byName.get(name);
}

/** Whether Wayfarer itself produces the event (not sent by your systems). */
export function isProductEvent(name: string): boolean {
  const event = byName.get(name);
  return event !== undefined && event.source !== 'tracked';
}

/** The asset kind a property of an event names (`tier_changed.to` → `tier`), if it names one. */
export function propertyAsset(eventName: string, path: string): AssetKind | undefined {
  const assets = byName.get(eventName)?.assets as Readonly<Record<string, AssetKind>> | undefined;
  return assets !== undefined && Object.hasOwn(assets, path) ? assets[path] : undefined;
}
