import { sendNode } from '../builtins/send';
import type { RuntimeContext, StepResult } from './context';
import { defineRuntime } from './define-runtime';
import type { DeliveryOutcome } from './send-delivery';
import { chooseWording, renderMessage, renderOutbox, sendScope, TemplateRenderError } from './send-render';

type SendPort = 'sent' | 'skipped' | 'failed';

/** Where each delivery outcome leads. An `unknown` outcome follows `sent`: it most likely arrived. */
export function sendResult(outcome: DeliveryOutcome): StepResult<SendPort> {
  switch (outcome.status) {
    case 'sent':
      return { port: 'sent', output: { ...outcome } };
    case 'unknown':
      return { port: 'sent', output: { ...outcome } };
    case 'skipped':
      return { port: 'skipped', output: { ...outcome } };
    case 'failed':
      return { port: 'failed', output: { ...outcome } };
    case 'deferred':
      return { port: 'skipped', rerunAfterMs: Math.max(1, outcome.untilMs) };
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}

const templateFailure = (error: TemplateRenderError): StepResult<SendPort> => ({
  port: 'failed',
  output: { status: 'failed', code: error.code, detail: error.message },
});

async function scopeFor(context: RuntimeContext): Promise<object> {
  const steps = context.services.stepOutputs ? await context.services.stepOutputs() : {};
  return sendScope(context, steps);
}

/** Renders the message for this customer's locale and hands it to the worker's delivery. */
export const sendRuntime = defineRuntime(sendNode, async (config, context) => {
  const { services } = context;
  const { content, locale } = chooseWording(config, context.customer.locale);
  const scope = await scopeFor(context);
  try {
    if (config.channel === 'outbox') {
      const message = await renderOutbox(config.name, content, scope);
      const result = await services.sendMessage({ channel: 'outbox', ...message });
      return { port: 'sent', output: { messageId: result.messageId } };
    }
    const message = await renderMessage(config.channel, content, scope);
    if (!services.deliverMessage) {
      return {
        port: 'failed',
        output: { status: 'failed', code: 'channels_unavailable', detail: 'No channels are wired into this worker.' },
      };
    }
    const outcome = await services.deliverMessage({
      name: config.name,
      message,
      locale,
      now: context.now,
      ...(config.smartSendingHours === undefined ? {} : { smartSendingHours: config.smartSendingHours }),
    });
    return sendResult(outcome);
  } catch (error) {
    if (error instanceof TemplateRenderError) return templateFailure(error);
    throw error;
  }
});
