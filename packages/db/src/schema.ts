import type { ChannelName, ProviderChannelName } from '@wayfarer/channels/spec';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { AccountsTables } from './accounts-schema';
import type { ExperimentsTables, Withheld } from './experiments-schema';
import type { ImportsTables } from './imports-schema';
import type { LoyaltyTables } from './loyalty-schema';
import type { LimitsTables } from './limits-schema';
import type { LiffTables } from './liff-schema';
import type { MessagingTables } from './messaging-schema';
import type { NodeKitTables } from './node-kit-schema';
import type { ReferralsTables } from './referrals-schema';
import type { RetentionTables } from './retention-schema';
import type { RichMenuTables } from './rich-menus-schema';

// Column names are camelCase here and snake_case in SQL (CamelCasePlugin).

/** A JSON column: read as T, written as a JSON string (so arrays are not sent as Postgres arrays). */
export type Json<T> = ColumnType<T, string, string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface WorkspacesTable {
  id: Generated<string>;
  name: string;
  createdAt: CreatedAt;
  /** Whether a journey draft must be approved by a publisher before it is published (migration 0011). */
  requireApproval: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface ApiKeysTable {
  id: Generated<string>;
  workspaceId: string;
  name: string;
  /** sha256 of the key; the key itself is shown once and never stored. */
  keyHash: string;
  /** First characters of the key, to recognise it in lists. */
  prefix: string;
  scope: 'ingest' | 'full';
  createdAt: CreatedAt;
  lastUsedAt: NullableTimestamp;
  revokedAt: NullableTimestamp;
}

export interface CustomersTable {
  id: Generated<string>;
  workspaceId: string;
  externalId: string;
  attributes: Json<Record<string, unknown>>;
  timezone: string;
  locale: string;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
}

export interface CustomerTagsTable {
  workspaceId: string;
  customerId: string;
  tag: string;
  source: string;
  addedAt: CreatedAt;
}

export interface EventsTable {
  id: Generated<string>;
  workspaceId: string;
  customerId: string;
  /** The client's message id (Segment messageId): unique per workspace, so retries store once. */
  messageId: string;
  kind: EventKind;
  name: string;
  properties: Json<Record<string, unknown>>;
  timestamp: Timestamp;
  receivedAt: CreatedAt;
  /** Set once the event started and signalled the journeys it concerns. */
  routedAt: NullableTimestamp;
  /** The order the ingest API received it in; the router routes in this order. */
  routeSeq: ColumnType<string | null, string | null | undefined, never>;
  /**
   * When the server's router may claim it (the receive time, then the end of a claim's lease);
   * null for events their producer routes itself.
   */
  routeDueAt: NullableTimestamp;
  /** The W3C traceparent of the request that stored it (routing continues its trace); null untraced. */
  traceParent: ColumnType<string | null, string | null | undefined, never>;
}

/** What a stored event records: Segment's call types. */
export type EventKind = 'track' | 'identify' | 'page' | 'screen' | 'group' | 'alias';

export type JourneyStatus = 'draft' | 'live' | 'paused' | 'archived';

export interface JourneysTable {
  id: Generated<string>;
  workspaceId: string;
  name: string;
  status: JourneyStatus;
  draft: Json<unknown>;
  /** Bumped on every draft save; a save naming an older revision is a conflict. */
  draftRevision: ColumnType<number, number | undefined, number>;
  liveVersionId: ColumnType<string | null, string | null | undefined, string | null>;
  /** Labels to sort journeys by (0039): trimmed, none twice in any case, at most 20. */
  tags: ColumnType<string[], string[] | undefined, string[]>;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
}

export interface JourneyVersionsTable {
  id: Generated<string>;
  workspaceId: string;
  journeyId: string;
  number: number;
  hash: string;
  ir: Json<unknown>;
  graph: Json<unknown>;
  publishedAt: CreatedAt;
}

export type EnrollmentStatus = 'running' | 'completed' | 'exited';

export interface EnrollmentsTable {
  id: Generated<string>;
  workspaceId: string;
  journeyId: string;
  journeyVersionId: string;
  customerId: string;
  /** Temporal workflow id; unique, it encodes the re-entry rule. */
  workflowId: string;
  entryStepId: string;
  entryEventId: string | null;
  status: ColumnType<EnrollmentStatus, EnrollmentStatus | undefined, EnrollmentStatus>;
  exitReason: string | null;
  enteredAt: CreatedAt;
  finishedAt: NullableTimestamp;
  goalReachedAt: NullableTimestamp;
  /** Held out of the journey's messages and rewards (0020): its holdout or the control group. */
  withheld: ColumnType<Withheld | null, Withheld | null | undefined, Withheld | null>;
}

export interface StepEventsTable {
  id: Generated<string>;
  workspaceId: string;
  journeyId: string;
  journeyVersionId: string;
  enrollmentId: string;
  stepId: string;
  visit: number;
  kind: 'entered' | 'left';
  port: string | null;
  at: Timestamp;
}

/** Receipt of an executed step: a retried activity returns it instead of running again. */
export interface StepRunsTable {
  idempotencyKey: string;
  enrollmentId: string;
  stepId: string;
  visit: number;
  port: string;
  sleepMs: number | null;
  output: Json<Record<string, unknown>>;
  completedAt: CreatedAt;
}

export interface MessagesTable {
  id: Generated<string>;
  workspaceId: string;
  customerId: string;
  journeyId: string | null;
  enrollmentId: string | null;
  stepId: string | null;
  channel: string;
  name: string;
  subject: string | null;
  body: string;
  status: MessageStatus;
  idempotencyKey: string;
  createdAt: CreatedAt;
  /** Sending (0006): why skipped / failed, and what the provider answered. */
  reason: ColumnType<string | null, string | null | undefined, string | null>;
  detail: ColumnType<string | null, string | null | undefined, string | null>;
  providerMessageId: ColumnType<string | null, string | null | undefined, string | null>;
  address: ColumnType<string | null, string | null | undefined, string | null>;
  locale: ColumnType<string | null, string | null | undefined, string | null>;
  /** What smart sending compares: the journey and step that wrote the message. */
  templateKey: ColumnType<string | null, string | null | undefined, string | null>;
  attempts: ColumnType<number, number | undefined, number>;
  updatedAt: ColumnType<Date, Date | string | undefined, Date | string>;
  sentAt: NullableTimestamp;
  /** The bulk request (LINE multicast) the message went out in (0040); null for one-by-one sends. */
  bulkKey: ColumnType<string | null, string | null | undefined, string | null>;
}

/**
 * `queued`: outbox record; `sending`: an attempt is under way (recorded before the provider is
 * called); `retrying`: the provider refused for now; `unknown`: an attempt may have been delivered
 * and was not repeated.
 */
export type MessageStatus = 'queued' | 'sending' | 'sent' | 'skipped' | 'failed' | 'unknown' | 'retrying';

export interface PointsLedgerTable {
  id: Generated<string>;
  workspaceId: string;
  customerId: string;
  delta: number;
  reason: string;
  journeyId: string | null;
  enrollmentId: string | null;
  stepId: string | null;
  idempotencyKey: string;
  createdAt: CreatedAt;
  /** Loyalty (0005): a positive row is a lot that expires here (null = never). */
  expiresAt: NullableTimestamp;
  /** Loyalty (0005): what is left of a lot after FIFO spending; null = all of `delta`. */
  remaining: ColumnType<number | null, number | null | undefined, number | null>;
}

/** The channels and keys a customer is known by; a value belongs to one customer per workspace. */
export type IdentityKind = 'user_id' | 'anonymous_id' | 'line' | 'messenger' | 'wechat' | 'email' | 'phone';

export interface CustomerIdentitiesTable {
  workspaceId: string;
  customerId: string;
  kind: IdentityKind;
  /** Normalised: email lower-cased, phone E.164, others as given. */
  value: string;
  createdAt: CreatedAt;
}

/** A profile merged into another; kept after the merged customer row is deleted. */
export interface CustomerMergesTable {
  id: ColumnType<string, string | undefined, never>;
  workspaceId: string;
  survivorId: string;
  mergedId: string;
  mergedExternalId: string;
  mergedAttributes: Json<Record<string, unknown>>;
  /** Rows moved per table, e.g. `{ events: 3, tags: 1 }`. */
  moved: Json<Record<string, number>>;
  at: CreatedAt;
}

export interface LineChannelsTable {
  workspaceId: string;
  /** LINE's channel id (digits); null only for rows from before migration 0008. */
  channelId: string | null;
  /** The channel secret sealed (see @wayfarer/channels line-webhook-secret.ts). */
  sealedChannelSecret: string | null;
  /** Legacy clear secret: sealed and set to null by the server at start; never read by the webhook. */
  channelSecret: string | null;
  createdAt: CreatedAt;
  updatedAt: ColumnType<Date, Date | string, Date | string>;
}

export interface SegmentsTable {
  id: Generated<string>;
  workspaceId: string;
  name: string;
  description: Generated<string>;
  /** A `SegmentRule` of @wayfarer/segments. */
  rule: Json<unknown>;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  archivedAt: NullableTimestamp;
  refreshedAt: NullableTimestamp;
  /** `rule`: members are computed from the rule; `list`: written from files (migration 0019). */
  kind: ColumnType<SegmentKind, SegmentKind | undefined, SegmentKind>;
}

export type SegmentKind = 'rule' | 'list';

export interface SegmentMembershipsTable {
  segmentId: string;
  customerId: string;
  workspaceId: string;
  enteredAt: CreatedAt;
}

export type BroadcastStatus = 'scheduled' | 'running' | 'completed' | 'cancelled' | 'failed';

export interface BroadcastsTable {
  id: Generated<string>;
  workspaceId: string;
  journeyId: string;
  journeyVersionId: string;
  segmentId: string;
  status: BroadcastStatus;
  scheduledAt: Timestamp;
  ratePerSecond: number;
  batchSize: number;
  total: number | null;
  enrolled: Generated<number>;
  skipped: Generated<number>;
  cursor: string | null;
  /** Wall-clock time ('YYYY-MM-DDTHH:MM') each member enters at in their own time zone; null: all at once. */
  localTime: string | null;
  /** The local-time waves, fixed when the broadcast begins. */
  waves: ColumnType<BroadcastWave[] | null, string | null, string | null>;
  /** Index of the wave in progress. */
  wave: Generated<number>;
  error: string | null;
  createdAt: CreatedAt;
  startedAt: NullableTimestamp;
  finishedAt: NullableTimestamp;
}

/** Members whose time zone is one of `zones` enter at `at` (ISO). */
export interface BroadcastWave {
  at: string;
  zones: string[];
}

/** Channels connected with credentials (the registry's provider channels). */
export type CredentialChannel = ProviderChannelName;

/** A workspace's config for one channel, sealed by @wayfarer/channels; never stored in clear. */
export interface ChannelCredentialsTable {
  workspaceId: string;
  channel: CredentialChannel;
  sealedConfig: string;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
}

export interface Database
  extends
    LoyaltyTables,
    MessagingTables,
    AccountsTables,
    LimitsTables,
    LiffTables,
    ExperimentsTables,
    ImportsTables,
    NodeKitTables,
    ReferralsTables,
    RetentionTables,
    RichMenuTables {
  workspaces: WorkspacesTable;
  apiKeys: ApiKeysTable;
  customers: CustomersTable;
  customerTags: CustomerTagsTable;
  events: EventsTable;
  journeys: JourneysTable;
  journeyVersions: JourneyVersionsTable;
  enrollments: EnrollmentsTable;
  stepEvents: StepEventsTable;
  stepRuns: StepRunsTable;
  messages: MessagesTable;
  pointsLedger: PointsLedgerTable;
  customerIdentities: CustomerIdentitiesTable;
  customerMerges: CustomerMergesTable;
  lineChannels: LineChannelsTable;
  segments: SegmentsTable;
  segmentMemberships: SegmentMembershipsTable;
  broadcasts: BroadcastsTable;
  channelCredentials: ChannelCredentialsTable;
  messageTemplates: MessageTemplatesTable;
  auditLog: AuditLogTable;
}

export type Customer = Selectable<CustomersTable>;
export type EventRow = Selectable<EventsTable>;
export type Journey = Selectable<JourneysTable>;
export type JourneyVersion = Selectable<JourneyVersionsTable>;
export type Enrollment = Selectable<EnrollmentsTable>;
export type Message = Selectable<MessagesTable>;
export type PointsLedgerEntry = Selectable<PointsLedgerTable>;
export type StepEvent = Selectable<StepEventsTable>;
export type NewStepEvent = Insertable<StepEventsTable>;
export type CustomerIdentity = Selectable<CustomerIdentitiesTable>;
export type CustomerMerge = Selectable<CustomerMergesTable>;
export type Segment = Selectable<SegmentsTable>;
export type SegmentMembership = Selectable<SegmentMembershipsTable>;
export type Broadcast = Selectable<BroadcastsTable>;
export type ChannelCredentials = Selectable<ChannelCredentialsTable>;

/** A message template of the workspace library; `content` is a send node's content (validated by the API). */
export interface MessageTemplatesTable {
  id: Generated<string>;
  workspaceId: string;
  name: string;
  channel: ChannelName;
  content: Json<Record<string, unknown>>;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
}

export type MessageTemplate = Selectable<MessageTemplatesTable>;

/** One successful change (a tRPC mutation): who, when, which procedure and entity, a redacted diff. */
export interface AuditLogTable {
  id: Generated<string>;
  workspaceId: string;
  actorType: 'user' | 'api_key' | 'system';
  actorId: string;
  /** The procedure path, e.g. `journeys.publish`. */
  action: string;
  entityType: string | null;
  entityId: string | null;
  at: CreatedAt;
  diff: Json<Record<string, unknown>>;
  requestId: string | null;
}

export type AuditEntry = Selectable<AuditLogTable>;
