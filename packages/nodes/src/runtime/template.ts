import { Liquid } from 'liquidjs';
import type { RuntimeContext } from './context';

// One engine for the process: templates are parsed per render but the engine config is shared.
// ownPropertyOnly keeps templates from reaching prototype members.
const engine = new Liquid({ ownPropertyOnly: true, strictFilters: true, cache: 200 });

/** The variables a template sees: `customer`, `event`, `now`. */
export function templateScope(context: RuntimeContext): Record<string, unknown> {
  const { customer } = context;
  return {
    customer: {
      ...customer.attributes,
      id: customer.externalId,
      tags: customer.tags,
      points: customer.points,
      timezone: customer.timezone,
      locale: customer.locale,
      attributes: customer.attributes,
    },
    event: context.entryEvent ? { name: context.entryEvent.name, ...context.entryEvent.properties } : {},
    now: context.now.toISOString(),
  };
}

/** Renders a Liquid template for this customer. */
export async function renderTemplate(template: string, context: RuntimeContext): Promise<string> {
  return engine.parseAndRender(template, templateScope(context)) as Promise<string>;
}
