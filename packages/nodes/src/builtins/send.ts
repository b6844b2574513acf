import { channelSpec, testChannelName } from '@wayfarer/channels/spec';
import { z } from 'zod';
import { defineNodeType } from '../define';
import { abTestProblems, abTestSchema, sendExperiment } from './send-ab-test';
import { lineMessageOptionsShape, lineOptionProblems, repliesTo } from './line/line-message-options';
import { channelStepOptionsShape, stepOptionProblems } from './channel-step-options';
import {
  messageContentSchema,
  sendChannels,
  sendConfigProblems,
  sendConfigWarnings,
  variantsSchema,
} from './send-config';

export { messageLocales, sendChannels } from './send-config';
export type { MessageContent, MessageLocale, MessageVariant, SendChannel } from './send-config';

// No default: a step that sent nowhere real while looking ready is worse than one asking for a channel.
// `pick`: the editor starts the field unset instead of at the first option.
const channelSchema = z
  .enum(sendChannels, { error: (issue) => (issue.input === undefined ? 'Pick a channel' : undefined) })
  .meta({ pick: true });

const sendConfigSchema = z
  .object({
    channel: channelSchema,
    name: z.string().trim().min(1).max(120).describe('Message name shown in reports'),
    ...messageContentSchema.shape,
    variants: variantsSchema.optional(),
    smartSendingHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .optional()
      .describe('Skip if this message reached the customer within this many hours'),
    abTest: abTestSchema.optional(),
    ...lineMessageOptionsShape,
    ...channelStepOptionsShape,
  })
  .superRefine((config, ctx) => {
    for (const issue of [
      ...sendConfigProblems(config),
      ...abTestProblems(config),
      ...lineOptionProblems(config),
      ...stepOptionProblems(config),
    ]) {
      ctx.addIssue({ code: 'custom', ...issue });
    }
  });

/**
 * Sends a message written from Liquid templates on LINE, email, SMS, a webhook or the test mailbox
 * (`outbox`), after the workspace's sending policy (consent, quiet hours, frequency caps, smart
 * sending). v2 added the channels, `html`, `flex`, `variants` and `smartSendingHours`; a v1 config
 * is a valid v2 config. v3 has no default channel; configs saved without one meant the outbox.
 * A message that is skipped or fails carries on along `sent` unless those ports are connected.
 */
export const sendNode = defineNodeType({
  type: 'core.send',
  version: 3,
  kind: 'action',
  category: 'actions',
  title: { en: 'Send message', 'zh-TW': '發送訊息', 'zh-CN': '发送消息' },
  description: {
    en: 'Send a personal message on LINE, email, SMS or a webhook, written with a Liquid template, e.g. Hi {{ customer.name }}.',
    'zh-TW': '透過 LINE、電子郵件、簡訊或 Webhook 以 Liquid 範本發送個人化訊息，例如 Hi {{ customer.name }}。',
    'zh-CN': '通过 LINE、电子邮件、短信或 Webhook 用 Liquid 模板发送个性化消息，例如 Hi {{ customer.name }}。',
  },
  config: sendConfigSchema,
  ports: [
    { name: 'sent', label: { en: 'Sent', 'zh-TW': '已發送', 'zh-CN': '已发送' } },
    {
      name: 'skipped',
      label: { en: 'Skipped', 'zh-TW': '略過', 'zh-CN': '跳过' },
      required: false,
      fallback: 'sent',
    },
    {
      name: 'failed',
      label: { en: 'Failed', 'zh-TW': '失敗', 'zh-CN': '失败' },
      required: false,
      fallback: 'sent',
    },
  ],
  migrations: { 1: (config) => config, 2: withOutboxDefault },
  references: (config) => [{ kind: 'channel', ref: config.channel, path: 'channel' }],
  // Data for a system (a webhook payload), not words for a customer: a missing value there is the receiver's business.
  warnings: (config) => (channelSpec(config.channel).wording.personal ? sendConfigWarnings(config) : []),
  sendsOn: (config) => config.channel,
  // An A/B test of the wording (`abTest`): optional, so configs without one are unchanged.
  experiment: sendExperiment,
  whenWithheld: () => 'sent',
  // Replying takes the reply token of the customer's latest LINE message or tap in the journey.
  eventsRead: repliesTo,
});

function withOutboxDefault(config: unknown): unknown {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) return config;
  return 'channel' in config && config.channel !== undefined ? config : { ...config, channel: testChannelName };
}
