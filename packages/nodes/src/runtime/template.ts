import { Liquid } from 'liquidjs';
import { noFiles, templateLimits } from '../builtins/send-template';
import type { RuntimeContext } from './context';

// One engine for the process: templates are parsed per render but the engine config is shared.
// ownPropertyOnly keeps templates from reaching prototype members; `noFiles` (and no roots) keeps
// `include` / `render` / `layout` from reading the server's files.
const engine = new Liquid({
  ownPropertyOnly: true,
  strictFilters: true,
  cache: 200,
  fs: noFiles,
  relativeReference: false,
  root: [],
  partials: [],
  layouts: [],
  renderLimit: templateLimits.renderMs,
  memoryLimit: templateLimits.memory,
  parseLimit: templateLimits.parseChars,
});

/** The variables a template sees: `customer`, `event`, `now` (and `leaderboard`, see leaderboardScope). */
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

/**
 * `{ leaderboard }` when `text` (a template, or a whole config) mentions it, else nothing: ranking
 * costs queries, so sends that do not show the leaderboard never load it.
 */
export async function leaderboardScope(context: RuntimeContext, text: string): Promise<Record<string, unknown>> {
  const loyalty = context.services.loyalty;
  if (loyalty?.leaderboard === undefined || !/\bleaderboard\b/.test(text)) return {};
  return { leaderboard: await loyalty.leaderboard() };
}

/** Renders a Liquid template for this customer. */
export async function renderTemplate(template: string, context: RuntimeContext): Promise<string> {
  const scope = { ...templateScope(context), ...(await leaderboardScope(context, template)) };
  return engine.parseAndRender(template, scope) as Promise<string>;
}
