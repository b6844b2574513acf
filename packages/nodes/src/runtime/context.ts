import type { AssignmentSource, ExperimentDefinition } from '@wayfarer/experiments/schema';
import type { LoyaltyServices } from '../builtins/loyalty/loyalty-services';
import type { DeliveryOutcome, DeliveryRequest } from './send-delivery';
import type { TemplateFailureCode } from './render-budget';

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

/** Side effects a step may cause; each write is idempotent on the context's key. */
export interface RuntimeServices {
  addTags(tags: readonly string[]): Promise<void>;
  removeTags(tags: readonly string[]): Promise<void>;
  setAttributes(attributes: Record<string, unknown>): Promise<void>;
  /** Queues a message; returns `duplicate: true` when this step visit already sent it. */
  sendMessage(message: OutgoingMessage): Promise<{ messageId: string; duplicate: boolean }>;
  /** Adds points; returns `duplicate: true` when this step visit already granted them. */
  grantPoints(grant: { points: number; reason: string }): Promise<{ entryId: string; duplicate: boolean }>;
  /**
   * Delivers a message on a real channel after the sending policy (consent, address, caps, quiet
   * hours); see send-delivery.ts. Absent where no channels are wired (only the outbox works then).
   */
  deliverMessage?(request: DeliveryRequest): Promise<DeliveryOutcome>;
  /**
   * Records the message of this step visit as `failed` before anything was sent (its template
   * failed for this customer, or hit a render limit), so it is counted on the step and shown on the
   * customer like any failed delivery; once per visit.
   */
  recordSendFailure(failure: SendFailure): Promise<{ messageId: string }>;
  /** Outputs of this enrollment's earlier steps, by step id (templates read them as `steps`). */
  stepOutputs?(): Promise<Record<string, Record<string, unknown>>>;
  /** Points, coupons, badges, tiers, streaks and lotteries (issue 6); absent where no database is. */
  loyalty?: LoyaltyServices;
  /** Arms of A/B/n tests, stored per customer; absent where nothing is stored (see assignArm). */
  experiments?: ExperimentServices;
}

/** The arm a customer has in this step's experiment, and how they got it. */
export interface ArmAssignment {
  arm: number;
  source: AssignmentSource;
  /** True when the customer already had this arm (re-entry, or a retried step). */
  kept: boolean;
}

export interface ExperimentServices {
  /**
   * The customer's arm in this step's experiment: the one stored for them, else the recorded
   * winner's, else drawn by weight; a new one is stored with the step.
   */
  assign(experiment: ExperimentDefinition): Promise<ArmAssignment>;
}

/** A message that could not be written: on which channel, under which name, and why. */
export interface SendFailure {
  channel: string;
  name: string;
  code: TemplateFailureCode;
  detail: string;
}

export interface OutgoingMessage {
  channel: string;
  name: string;
  subject?: string;
  body: string;
}

/** Everything `execute` gets besides its config. */
export interface RuntimeContext {
  workspaceId: string;
  journeyId: string;
  journeyVersionId: string;
  enrollmentId: string;
  stepId: string;
  /** How many times this enrollment has entered this step (1 on the first). */
  visit: number;
  /** Unique per workflow + step + visit; every write carries it. */
  idempotencyKey: string;
  now: Date;
  customer: CustomerSnapshot;
  entryEvent: EventSnapshot | null;
  /** Events the customer did since entering this journey, oldest first. */
  journeyEvents: readonly EventSnapshot[];
  services: RuntimeServices;
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
