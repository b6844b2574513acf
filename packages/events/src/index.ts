export { defineEvent, eventLocales, eventSources } from './define-event';
export type { CatalogueEvent, EventSource, EventText, PropertiesOf } from './define-event';
export { catalogueEvent, eventCatalogue, isProductEvent, propertyAsset } from './catalogue';
export * from './product-events';
export * from './tracked-events';
export { eventsMarkdown } from './events-doc';
