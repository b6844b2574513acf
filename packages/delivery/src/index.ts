// @wayfarer/delivery: the send path after a send step has written its message — the workspace's
// sending policy, exactly-once attempts recorded in Postgres, and the channel's adapter
// (@wayfarer/channels). The worker composes it (apps/worker/src/send/send-from-env.ts).
export { createDelivery } from './deliver';
export type { DeliveryDeps, DeliveryScope } from './deliver';
export { createSendServices } from './send-services';
export type { RichMenuActions, SendServices } from './send-services';
export { applyRichMenuRule, switchCustomerRichMenu, workspaceRichMenuClient } from './rich-menus';
export type { RichMenuDeps, SwitchRequest } from './rich-menus';
export { createMulticast } from './multicast';
export type { Multicast, MulticastRecipient, MulticastRequest, MulticastResult } from './multicast';
export { capFor, messagingSettingsSchema, readMessagingSettings } from './settings';
export type { FrequencyCap, MessagingSettings } from './settings';
export { DEFAULT_DELIVERY_RETRY_BUDGET } from './retry-budget';
export { decidePolicy } from './policy';
export type { PolicyDecision, PolicyFacts } from './policy';
export { quietHoursDelay } from './quiet-hours';
export { addressFor } from './channel-message';
export { replyWindowClosed } from './reply-window';
export type { DeliveryRetryBudget } from './retry-budget';
export type { TrackingLinks } from './tracked-email';
export { renderTestMessage, testAddress } from './test-send-render';
export type { TestSendOutcome } from './test-send';
