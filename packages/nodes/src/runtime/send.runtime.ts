import { isOutboxMessage } from '@wayfarer/channels/spec';
import { leaderboardService } from '../builtins/loyalty/loyalty-services';
import { sendNode } from '../builtins/send';
import { sendExperiment, wordingOfArm } from '../builtins/send-ab-test';
import type { SendContent } from '../builtins/send-content';
import type { ConfigOf } from '../define';
import type { RuntimeContext, StepResult } from './context';
import { defineRuntime } from './define-runtime';
import {
  experimentsService,
  messagesService,
  stepOutputsService,
  type MessagesService,
} from './services/journey-services';
import type { ServicesOf } from './services/service-key';
import { armFor, assignmentOutput } from './experiment.runtime';
import type { DeliveryOutcome } from './send-delivery';
import { withLineOptions } from './line-send-options';
import { withStepOptions } from '../builtins/channel-step-options';
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

/** A message that cannot be written for this customer is recorded as failed, with the missing variable. */
async function templateFailure(
  error: TemplateRenderError,
  config: { channel: string; name: string },
  messages: MessagesService,
): Promise<StepResult<SendPort>> {
  const { code, detail } = error;
  const { messageId } = await messages.recordSendFailure({
    channel: config.channel,
    name: config.name,
    code,
    detail,
  });
  const variable = error.variable === undefined ? {} : { variable: error.variable };
  return { port: 'failed', output: { status: 'failed', messageId, code, detail, ...variable } };
}

const needs = [messagesService, stepOutputsService, leaderboardService, experimentsService] as const;

async function scopeFor(context: RuntimeContext<ServicesOf<typeof needs>>, config: object): Promise<object> {
  const { services } = context;
  const steps = await services.stepOutputs.read();
  // Any wording (body, subject, variants, flex) may show the leaderboard; only then is it loaded.
  return { ...sendScope(context, steps), ...(await leaderboardScope(services.leaderboard, JSON.stringify(config))) };
}

type SendConfig = ConfigOf<typeof sendNode>;
type SendContext = RuntimeContext<ServicesOf<typeof needs>>;

/** The wording this customer gets: the step's own, or their arm's when it runs an A/B test. */
async function chooseWording(config: SendConfig, context: SendContext) {
  const experiment = sendExperiment(config);
  if (experiment === null) return { content: config, arm: undefined };
  const assignment = await armFor(context, experiment);
  return { content: wordingOfArm(config, assignment.arm), arm: assignmentOutput(experiment, assignment) };
}

/** Sends the customer's wording; an A/B arm is added to what the step reports. */
export const sendRuntime = defineRuntime(sendNode, {
  needs,
  execute: async (config, context) => {
    const { content, arm } = await chooseWording(config, context);
    const result = await sendWording(config, content, context);
    return arm === undefined ? result : { ...result, output: { ...result.output, ...arm } };
  },
});

/** Renders the message for this customer's locale and hands it to the host's delivery. */
async function sendWording(
  config: SendConfig,
  content: SendContent,
  context: SendContext,
): Promise<StepResult<SendPort>> {
  const { messages } = context.services;
  const scope = await scopeFor(context, content);
  try {
    const rendered = await renderSend(
      { channel: config.channel, name: config.name, content },
      context.customer.locale,
      scope,
    );
    const { locale } = rendered;
    const message = withStepOptions(withLineOptions(rendered.message, config, context), config);
    if (isOutboxMessage(message)) {
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
    if (error instanceof TemplateRenderError) return templateFailure(error, config, messages);
    throw error;
  }
}
