export type {
  ChannelAdapter,
  DeliveryFailed,
  DeliveryFailureCode,
  DeliveryResult,
  DeliverySent,
  SendOptions,
} from './types';
export { MULTICAST_LIMIT } from './types';
export * from './spec';
export { parseChannelConfig, secretFields } from './config';
export { channelRuntime, channelRuntimes } from './channel-runtimes';
export { defineChannelRuntime } from './define-channel-runtime';
export type { ChannelRuntime, ChannelRuntimeDeps } from './define-channel-runtime';
export { webhookAnswer } from './webhook-facet';
export type { ChannelWebhook, InboundEvent, WebhookOutcome, WebhookRequest } from './webhook-facet';
export { postbackFields } from './postback-fields';
export { defineAdapter, widenAdapter } from './define-adapter';
export { ChannelConfigError } from './errors';
export { createChannelAdapter } from './create-adapter';
export { createAdapterResolver } from './adapter-resolver';
export type { AdapterResolver, AdapterResolverDeps, ResolvedAdapter, StoredChannelConfig } from './adapter-resolver';
export type { AdapterDeps } from './create-adapter';
export { createLineAdapter } from './line/line.adapter';
export { lineInsightDate, lineSetupClient } from './line/line-setup';
export type {
  LineBotProfile,
  LineCall,
  LineCallFailed,
  LineFollowers,
  LineSetupClient,
  LineWebhookTest,
} from './line/line-setup';
export { createEmailAdapter } from './email/email.adapter';
export { createSmsAdapter } from './sms/sms.adapter';
export { createWebhookAdapter } from './webhook/webhook.adapter';
export { createMessengerAdapter, sendApiBody } from './messenger/messenger.adapter';
export { signMessengerBody, verifyMessengerSignature } from './messenger/messenger-signature';
export { createWechatAdapter, wechatRequest } from './wechat/wechat.adapter';
export { verifyWechatSignature, wechatSignature } from './wechat/wechat-signature';
export { createMemoryOutbox, createOutboxAdapter } from './outbox/outbox.adapter';
export type { OutboxSink } from './outbox/outbox.adapter';
export { signWebhook, verifyWebhookSignature, webhookSignatureHeader } from './webhook/webhook-signature';
export type { WebhookVerification } from './webhook/webhook-signature';
export { LINE_REPLY_TOKEN_LIFETIME_MS, LINE_REPLY_TOKEN_MARGIN_MS, replyTokenUsable } from './line-reply';
export { lineQuickReplyItemSchema, lineReplyTokenSchema } from './line-interactions.schema';
export type { LineQuickReplyItem, LineReplyToken } from './line-interactions.schema';
export { classifyConnectionFailure, classifyHttpFailure, parseRetryAfter } from './failures';
export { messageIdFromKey, uuidFromKey } from './idempotency';
export {
  createSecretBox,
  isSealed,
  loadSecretKey,
  redact,
  SealedValueError,
  SecretKeyError,
  secretKeyVariable,
} from './secrets';
export type { SecretBox } from './secrets';
export { openChannelConfig, redactChannelConfig, sealChannelConfig } from './channel-credentials';
export { openLineChannelSecret, sealLineChannelSecret } from './line/line-webhook-secret';
export { unsubscribeLinkKey, unsubscribeUrl, verifyUnsubscribeUrl, type UnsubscribeTarget } from './unsubscribe-link';
export { SHARE_LINK_ROUTE, shareLinkTarget, shareLinkUrl } from './share-link';
export {
  clickUrl,
  openPixelUrl,
  trackingLinkKey,
  verifyClickUrl,
  verifyOpenUrl,
  type TrackedClick,
  type TrackedMessage,
} from './tracking-links';
export { rewriteEmailHtml } from './tracking-links-html';
export {
  createOutboundPolicy,
  defaultOutboundPolicy,
  outboundAllowVariable,
  outboundPolicyFromEnv,
  OutboundPolicyError,
  systemResolver,
} from './outbound/address-policy';
export type { AddressVerdict, HostResolver, OutboundPolicy } from './outbound/address-policy';
export { checkChannelEndpoint } from './outbound/endpoint-check';
export type { EndpointIssue } from './outbound/endpoint-check';
export { checkHost, OutboundAddressRefused } from './outbound/host-check';
export { outboundAgent } from './outbound/http-dispatcher';
export type { HostVerdict } from './outbound/host-check';
export { createLineRichMenuClient, LineRichMenuError, lineDataBaseUrl } from './line/line-rich-menu.client';
export type { LineRichMenuClient } from './line/line-rich-menu.client';
export { checkRichMenuImage } from './line/line-rich-menu-image';
export type { RichMenuImageCheck } from './line/line-rich-menu-image';
