// Whether a broadcast can deliver its first message in bulk: the step right after the trigger is a
// send whose message is the same for everyone — no Liquid, no locale variants, no A/B test, no
// reply token. Then it is rendered once here; otherwise each customer's step renders its own.
import type { JourneyIR } from '@wayfarer/journey';
import { sendNode } from '../builtins/send';
import type { RenderedMessage } from './send-delivery';
import { withLineOptions } from './line-send-options';
import { renderSend } from './send-render';

/** The first send of a broadcast, written once for every recipient. */
export interface BulkSend {
  stepId: string;
  name: string;
  message: RenderedMessage;
  locale: string;
  smartSendingHours?: number | undefined;
}

// Liquid output or tags anywhere in the wording make the message personal.
const liquid = /\{\{|\{%/;

/**
 * The bulk send after `entryStepId`, or undefined when the step there is not a send or its message
 * may differ between customers (see the file's head).
 */
export async function bulkSendAfter(ir: JourneyIR, entryStepId: string): Promise<BulkSend | undefined> {
  const entry = ir.steps[entryStepId];
  const nextIds = Object.values(entry?.next ?? {}).filter((id) => id !== null);
  const step = nextIds.length === 1 ? ir.steps[nextIds[0] as string] : undefined;
  if (step?.type !== sendNode.type) return undefined;
  const parsed = sendNode.config.safeParse(step.config);
  if (!parsed.success) return undefined;
  const config = parsed.data;
  const personal =
    liquid.test(JSON.stringify(config)) ||
    Object.keys(config.variants ?? {}).length > 0 ||
    config.abTest !== undefined ||
    config.reply === true;
  if (personal) return undefined;
  const rendered = await renderSend({ channel: config.channel, name: config.name, content: config }, '', {});
  if (!('channel' in rendered.message) || rendered.message.channel !== config.channel) return undefined;
  const message = withLineOptions(rendered.message as RenderedMessage, config, { entryEvent: null, journeyEvents: [] });
  return {
    stepId: step.id,
    name: config.name,
    message,
    locale: rendered.locale,
    smartSendingHours: config.smartSendingHours,
  };
}
