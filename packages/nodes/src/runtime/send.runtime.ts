import { leaderboardService } from '../builtins/loyalty/loyalty-services';
import { sendNode } from '../builtins/send';
import type { RuntimeContext, StepResult } from './context';
import { defineRuntime } from './define-runtime';
import { messagesService, stepOutputsService } from './services/journey-services';
import type { ServicesOf } from './services/service-key';
import type { DeliveryOutcome } from './send-delivery';
import { renderSend, sendScope, TemplateRenderError } from './send-render';
import { leaderboardScope } from './template';

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

const needs = [messagesService, stepOutputsService, leaderboardService] as const;

async function scopeFor(context: RuntimeContext<ServicesOf<typeof needs>>, config: object): Promise<object> {
  const { services } = context;
  const steps = await services.stepOutputs.read();
  // Any wording (body, subject, variants, flex) may show the leaderboard; only then is it loaded.
  return { ...sendScope(context, steps), ...(await leaderboardScope(services.leaderboard, JSON.stringify(config))) };
}

/** Renders the message for this customer's locale and hands it to the host's delivery. */
export const sendRuntime = defineRuntime(sendNode, {
  needs,
  execute: async (config, context) => {
    const { messages } = context.services;
    const scope = await scopeFor(context, config);
    try {
      const { locale, message } = await renderSend(
        { channel: config.channel, name: config.name, content: config },
        context.customer.locale,
        scope,
      );
      if (message.channel === 'outbox') {
        const result = await messages.sendMessage(message);
        return { port: 'sent', output: { messageId: result.messageId } };
      }
      const outcome = await messages.deliverMessage({
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
  },
});
