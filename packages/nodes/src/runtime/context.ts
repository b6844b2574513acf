/** A customer as a step sees it when it runs. */
export interface CustomerSnapshot {
  id: string;
  /** The id the workspace's own systems use (Segment's userId). */
  externalId: string;
  attributes: Record<string, unknown>;
  tags: string[];
  points: number;
  timezone: string;
  locale: string;
  /** Membership tier key (issue 6); null below every tier, absent where loyalty is not loaded. */
  tier?: string | null;
  /** Keys of the badges the customer holds. */
  badges?: readonly string[];
  /** Computed value tier (`customer_value_tiers`); null before the first refresh, absent without loyalty. */
  valueTier?: string | null;
  /** Ids of the segments and static lists the customer is a member of; absent where none are stored. */
  segments?: readonly string[];
}

/** An event as a step sees it. */
export interface EventSnapshot {
  id: string;
  name: string;
  properties: Record<string, unknown>;
  timestamp: string;
}

export interface OutgoingMessage {
  channel: string;
  name: string;
  subject?: string;
  body: string;
}

/** The step visit a runtime (and every service provider) runs for. */
export interface StepInfo {
  workspaceId: string;
  journeyId: string;
  journeyVersionId: string;
  enrollmentId: string;
  stepId: string;
  /** How many times this enrollment has entered this step (1 on the first). */
  visit: number;
  /** Unique per workflow + step + visit; every write carries it, and external calls send it. */
  idempotencyKey: string;
  now: Date;
  customer: CustomerSnapshot;
  entryEvent: EventSnapshot | null;
  /** Events the customer did since entering this journey, oldest first. */
  journeyEvents: readonly EventSnapshot[];
}

/** No services: what a runtime that needs none sees. */
export type NoServices = Readonly<Record<never, never>>;

/** Everything `execute` gets besides its config: the step and the services it declared it needs. */
export interface RuntimeContext<TServices = NoServices> extends StepInfo {
  services: TServices;
}

/** What a step decided: the port to follow, optionally after a durable pause. */
export interface StepResult<TPort extends string = string> {
  port: TPort;
  /** Sleep this long (a durable timer in the workflow) before following `port`. */
  sleepMs?: number;
  /**
   * Not done yet: sleep this long, then run this same step visit again (same idempotency key);
   * `port` is not followed. A send in the customer's quiet hours defers this way.
   */
  rerunAfterMs?: number;
  /** Facts later steps and analytics may use (e.g. the message id). */
  output?: Record<string, unknown>;
}
