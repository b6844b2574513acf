import type { ConfigOf } from '../define';
import type { sendNode } from '../builtins/send';
import { messageLocales, type MessageContent, type MessageLocale } from '../builtins/send-config';
import type { SendContent } from '../builtins/send-content';
import { createTemplateEngine } from '../builtins/send-template';
import type { RuntimeContext } from './context';
import { hitLiquidLimit, RenderBudget, TemplateRenderError, yieldToEventLoop } from './render-budget';
import type { RenderedMessage } from './send-delivery';

export { RenderBudget, TemplateRenderError, type TemplateFailureCode } from './render-budget';

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

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`).replace(/\n/g, '<br>\n');

/** Writes the message for one customer on a real channel. */
export async function renderMessage(
  channel: Exclude<SendConfig['channel'], 'outbox'>,
  content: MessageContent,
  scope: object,
  budget: RenderBudget = new RenderBudget(),
): Promise<RenderedMessage> {
  switch (channel) {
    case 'line': {
      const text = await render('body', content.body, scope, budget);
      if (content.flex === undefined) return { channel, content: { type: 'text', text } };
      return {
        channel,
        content: { type: 'flex', altText: text, contents: await renderJson('flex', content.flex, scope, budget) },
      };
    }
    case 'email': {
      const text = await render('body', content.body, scope, budget);
      const html = content.html === undefined ? escapeHtml(text) : await render('html', content.html, scope, budget);
      return { channel, subject: await render('subject', content.subject ?? '', scope, budget), html, text };
    }
    case 'sms':
      return { channel, body: await render('body', content.body, scope, budget) };
    case 'webhook':
      return { channel, payload: await renderJson('body', content.body, scope, budget) };
    default: {
      const unreachable: never = channel;
      return unreachable;
    }
  }
}

/** Writes the outbox record (development channel): name, body and the optional subject. */
export async function renderOutbox(
  name: string,
  content: MessageContent,
  scope: object,
  budget: RenderBudget = new RenderBudget(),
): Promise<{ name: string; body: string; subject?: string }> {
  const body = await render('body', content.body, scope, budget);
  if (content.subject === undefined) return { name, body };
  return { name, body, subject: await render('subject', content.subject, scope, budget) };
}

/** The outbox record: what the development channel stores. */
export interface OutboxMessage {
  channel: 'outbox';
  name: string;
  body: string;
  subject?: string;
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
  if (send.channel === 'outbox') {
    return { locale, message: { channel: 'outbox', ...(await renderOutbox(send.name, content, scope)) } };
  }
  return { locale, message: await renderMessage(send.channel, content, scope) };
}
