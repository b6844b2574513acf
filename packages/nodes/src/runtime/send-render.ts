import type { ConfigOf } from '../define';
import type { sendNode } from '../builtins/send';
import { messageLocales, type MessageContent, type MessageLocale } from '../builtins/send-config';
import type { SendContent } from '../builtins/send-content';
import { createTemplateEngine } from '../builtins/send-template';
import type { RuntimeContext } from './context';
import { hitLiquidLimit, RenderBudget, TemplateRenderError, yieldToEventLoop } from './render-budget';
import { channelSpec, type OutboxMessage, type RenderedMessage, type RenderTools } from '@wayfarer/channels/spec';

export { RenderBudget, TemplateRenderError, type TemplateFailureCode } from './render-budget';
export type { OutboxMessage };

type SendConfig = ConfigOf<typeof sendNode>;

const engine = createTemplateEngine();

/** The wording for the customer's locale: the variant's fields over the default ones. */
export function chooseWording(
  config: SendContent,
  customerLocale: string,
): { content: MessageContent; locale: string } {
  const locale = messageLocales.find((candidate) => candidate.toLowerCase() === customerLocale.toLowerCase());
  const variant = locale === undefined ? undefined : config.variants?.[locale];
  const base: MessageContent = { body: config.body, subject: config.subject, html: config.html, flex: config.flex };
  if (!variant) return { content: base, locale: 'default' };
  const defined = Object.fromEntries(Object.entries(variant).filter(([, value]) => value !== undefined));
  return { content: { ...base, ...defined }, locale: locale as MessageLocale };
}

/** The variables a send template sees: `customer`, `event`, `steps` (earlier outputs), `now`. */
export function sendScope(
  context: Pick<RuntimeContext, 'customer' | 'entryEvent' | 'now'>,
  steps: Record<string, Record<string, unknown>>,
) {
  const { customer } = context;
  return {
    customer: {
      ...customer.attributes,
      id: customer.externalId,
      attributes: customer.attributes,
      tags: customer.tags,
      points: customer.points,
      points_balance: customer.points,
      // The loyalty tier where loyalty is loaded, else a `tier` attribute (older workspaces kept it there).
      tier: customer.tier ?? customer.attributes['tier'] ?? null,
      locale: customer.locale,
      timezone: customer.timezone,
    },
    event: context.entryEvent
      ? { ...context.entryEvent.properties, name: context.entryEvent.name, properties: context.entryEvent.properties }
      : {},
    steps,
    now: context.now.toISOString(),
  };
}

async function render(field: string, template: string, scope: object, budget: RenderBudget): Promise<string> {
  let output: string;
  try {
    output = (await engine.parseAndRender(template, scope, budget.timeLeft(field))) as string;
  } catch (error) {
    if (error instanceof TemplateRenderError) throw error;
    throw new TemplateRenderError(field, error, hitLiquidLimit(error) ? 'render_limit' : 'template_error');
  }
  budget.spend(field, output);
  await yieldToEventLoop();
  return output;
}

/** Renders every string of a JSON document (so values need no JSON escaping in templates). */
async function renderJson(
  field: string,
  text: string,
  scope: object,
  budget: RenderBudget,
): Promise<Record<string, unknown>> {
  const walk = async (value: unknown): Promise<unknown> => {
    if (typeof value === 'string') return render(field, value, scope, budget);
    if (Array.isArray(value)) return Promise.all(value.map(walk));
    if (value !== null && typeof value === 'object') {
      const entries = await Promise.all(Object.entries(value).map(async ([key, item]) => [key, await walk(item)]));
      return Object.fromEntries(entries);
    }
    return value;
  };
  try {
    return (await walk(JSON.parse(text))) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof TemplateRenderError) throw error;
    throw new TemplateRenderError(field, error);
  }
}

/** The rendering a channel definition writes its message with: Liquid under the step's budget. */
function renderTools(name: string, scope: object, budget: RenderBudget): RenderTools {
  return {
    name,
    text: (field, template) => render(field, template, scope, budget),
    json: (field, template) => renderJson(field, template, scope, budget),
  };
}

/**
 * Writes one customer's message as a send step does: the wording for `customerLocale` (see
 * chooseWording) rendered for the channel. The send runtime and the server's template preview both
 * call it, so a preview shows what the customer would get. Throws TemplateRenderError (code
 * `render_limit` when the message exceeds templateLimits).
 */
export async function renderSend(
  send: { channel: SendConfig['channel']; name: string; content: SendContent },
  customerLocale: string,
  scope: object,
): Promise<{ locale: string; message: RenderedMessage | OutboxMessage }> {
  const { content, locale } = chooseWording(send.content, customerLocale);
  const tools = renderTools(send.name, scope, new RenderBudget());
  // The definition's render writes the message of its own channel.
  const message = (await channelSpec(send.channel).render(content, tools)) as RenderedMessage | OutboxMessage;
  return { locale, message };
}
