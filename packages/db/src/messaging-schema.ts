import type { ProviderChannelName } from '@wayfarer/channels/spec';
import type { ColumnType, Generated, Selectable } from 'kysely';

// Tables of migration 0006-messaging (issue 5); merged into `Database` in schema.ts.
// Column names are camelCase here and snake_case in SQL (CamelCasePlugin).

type Json<T> = ColumnType<T, string, string>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Channels customers can subscribe to or leave (the registry's). */
export type ConsentChannel = ProviderChannelName;
export type ConsentStatus = 'subscribed' | 'unsubscribed';

/** A customer's answer about one channel; no row means "not asked" (sending is allowed). */
export interface ChannelConsentsTable {
  workspaceId: string;
  customerId: string;
  channel: ConsentChannel;
  status: ConsentStatus;
  source: string;
  updatedAt: Timestamp;
}

/** Per-workspace sending policy: a `MessagingSettings` of the worker (validated there). */
export interface MessagingSettingsTable {
  workspaceId: string;
  settings: Json<unknown>;
  updatedAt: Timestamp;
}

/** A send held back by the sending policy (quiet hours), once per step visit (migration 0032). */
export interface SendDeferralsTable {
  id: Generated<string>;
  workspaceId: string;
  customerId: string;
  journeyId: string;
  enrollmentId: string;
  stepId: string;
  channel: string;
  reason: string;
  idempotencyKey: string;
  until: Timestamp;
  createdAt: Generated<Date>;
}

/** A marketer's test send (migration 0036): never a `messages` row, so no cap or statistic counts it. */
export interface TestSendsTable {
  id: Generated<string>;
  workspaceId: string;
  /** `user:<id>` or `api_key:<id>`. */
  requestedBy: string;
  channel: string;
  recipientCustomerId: string | null;
  dataCustomerId: string | null;
  address: string | null;
  subject: string | null;
  body: string;
  status: TestSendStatus;
  /** Why it failed: `channel_not_connected`, `no_address`, `render_error`, or the provider's code. */
  reason: string | null;
  detail: string | null;
  providerMessageId: string | null;
  idempotencyKey: string;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export type TestSendStatus = 'sending' | 'sent' | 'failed' | 'unknown';

export interface MessagingTables {
  channelConsents: ChannelConsentsTable;
  messagingSettings: MessagingSettingsTable;
  sendDeferrals: SendDeferralsTable;
  testSends: TestSendsTable;
}

export type ChannelConsent = Selectable<ChannelConsentsTable>;
export type TestSend = Selectable<TestSendsTable>;
