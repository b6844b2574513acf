// A send step's channel options besides its wording: quick replies (LINE, Messenger), a message tag
// (Messenger, outside the 24-hour window) and a template id (WeChat template messages). Each channel
// definition lists the options it takes (`stepOptions`) and applies them to its rendered message;
// the send node shows them only for those channels, and names them as problems elsewhere.
import {
  channelNames,
  channelSpec,
  messengerTags,
  type StepChannelOptions,
  type StepOptionField,
} from '@wayfarer/channels/spec';
import { z } from 'zod';

export const channelStepOptionsShape = {
  messageTag: z
    .enum(messengerTags)
    .optional()
    .describe('A Messenger message tag: allowed outside the 24-hour window for this purpose only'),
  templateId: z
    .string()
    .trim()
    .max(128)
    .optional()
    .describe('A WeChat template id: sends a template message, one `field: value` a line in the body'),
};

/** The channels whose definition takes `field` as a send step option. */
export function channelsTaking(field: StepOptionField): string[] {
  return channelNames.filter((name) => channelSpec(name).stepOptions?.fields.includes(field) === true);
}

const labels: Record<'messageTag' | 'templateId', string> = {
  messageTag: 'A message tag',
  templateId: 'A template id',
};

/** Options set for a channel that does not take them (they would be dropped), each named. */
export function stepOptionProblems(
  config: { channel?: string | undefined } & Pick<StepChannelOptions, 'messageTag' | 'templateId'>,
): { path: string[]; message: string }[] {
  if (config.channel === undefined) return [];
  const taken = channelSpec(config.channel as (typeof channelNames)[number]).stepOptions?.fields ?? [];
  return (['messageTag', 'templateId'] as const)
    .filter((field) => (config[field] ?? '') !== '' && !taken.includes(field))
    .map((field) => ({ path: [field], message: `${labels[field]} is not sent on this channel` }));
}

/** The rendered message with the step's options applied by its channel's definition. */
export function withStepOptions<TMessage extends { channel: string }>(
  message: TMessage,
  options: StepChannelOptions,
): TMessage {
  const spec = channelSpec(message.channel as (typeof channelNames)[number]);
  return spec.stepOptions === undefined ? message : (spec.stepOptions.apply(message, options) as TMessage);
}
