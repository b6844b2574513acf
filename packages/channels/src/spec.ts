// @wayfarer/channels/spec: the channel definitions and their registry. Pure (zod only): safe in
// the browser, in Node and in the workflow sandbox. The adapters are in the main entry.
export { defineChannel } from './define-channel';
export type {
  ChannelSpec,
  ChannelText,
  IdentityKindOfAddress,
  MessagePreview,
  ReplyWindow,
  RenderTools,
  StepChannelOptions,
  StepOptionField,
  StepQuickReply,
  SettingsField,
  Wording,
  WordingField,
} from './define-channel';
export {
  cappedChannelNames,
  channelNames,
  channelSpec,
  channelSpecs,
  channelsWhere,
  consentChannelNames,
  credentialChannelNames,
  isChannelName,
  testChannelName,
} from './channel-registry';
export type {
  AnyChannelSpec,
  ChannelConfig,
  ChannelConfigInput,
  ChannelMessage,
  ChannelName,
  MessageFor,
  ProviderChannelName,
  RenderedMessage,
  SomeChannelSpec,
} from './channel-registry';
export { lineChannel, lineConfigSchema, lineMessageSchema, lineWebhookCredentialsSchema } from './line/line.channel';
export type { LineConfig, LineMessage, LineRendered, LineWebhookCredentials } from './line/line.channel';
export { flexLayoutSchema, renderFlexLayout } from './line/flex-layouts';
export type { FlexLayout, FlexLayoutName } from './line/flex-layouts';
export { flexMessageSchema } from './line/flex-schema';
export type { FlexMessage } from './line/flex-schema';
export {
  defaultSmtpPorts,
  emailChannel,
  emailConfigSchema,
  emailMessageSchema,
  emailTlsModeSchema,
} from './email/email.channel';
export type { EmailConfig, EmailMessage, EmailRendered, EmailTlsMode } from './email/email.channel';
export { smsChannel, smsConfigSchema, smsMessageSchema } from './sms/sms.channel';
export type { SmsConfig, SmsMessage, SmsRendered } from './sms/sms.channel';
export { webhookChannel, webhookConfigSchema, webhookMessageSchema } from './webhook/webhook.channel';
export type { WebhookConfig, WebhookMessage } from './webhook/webhook.channel';
export { isOutboxMessage, outboxChannel, outboxConfigSchema, outboxMessageSchema } from './outbox/outbox.channel';
export type { OutboxConfig, OutboxMessage } from './outbox/outbox.channel';
export {
  messengerChannel,
  messengerConfigSchema,
  messengerInboundEvents,
  messengerMessageSchema,
  messengerTags,
} from './messenger/messenger.channel';
export type { MessengerConfig, MessengerMessage, MessengerRendered } from './messenger/messenger.channel';
export {
  templateFields,
  wechatChannel,
  wechatConfigSchema,
  wechatInboundEvents,
  wechatMessageSchema,
} from './wechat/wechat.channel';
export type { WechatConfig, WechatMessage, WechatRendered } from './wechat/wechat.channel';
export {
  layoutBounds,
  RICH_MENU_IMAGE_MAX_BYTES,
  richMenuActionSchema,
  richMenuAreaSchema,
  richMenuBoundsSchema,
  richMenuDefinitionSchema,
  richMenuImageTypes,
  richMenuLayoutNames,
  richMenuLayouts,
  richMenuSizeNames,
  richMenuSizes,
} from './line/line-rich-menu.schema';
export type {
  RichMenuAction,
  RichMenuArea,
  RichMenuBounds,
  RichMenuDefinition,
  RichMenuGridLayout,
  RichMenuImageType,
  RichMenuLayout,
  RichMenuSize,
} from './line/line-rich-menu.schema';
