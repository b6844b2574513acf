// The capabilities of the built-in nodes that write the customer's data. Each is bound to the
// step's transaction and idempotency key by the host, so a retried step writes nothing twice.
import type { AssignmentSource, ExperimentDefinition } from '@wayfarer/experiments/schema';
import type { OutgoingMessage } from '../context';
import type { TemplateFailureCode } from '../render-budget';
import type { DeliveryOutcome, DeliveryRequest } from '../send-delivery';
import { defineService } from './service-key';

export interface ProfileService {
  addTags(tags: readonly string[]): Promise<void>;
  removeTags(tags: readonly string[]): Promise<void>;
  setAttributes(attributes: Record<string, unknown>): Promise<void>;
}

/** Tags and attributes of the customer. */
export const profileService = defineService<ProfileService>()({
  name: 'profile',
  description: 'add and remove the customer’s tags, set their attributes',
  phase: 'commit',
});

export interface MessagesService {
  /** Queues an outbox message; `duplicate: true` when this step visit already queued it. */
  sendMessage(message: OutgoingMessage): Promise<{ messageId: string; duplicate: boolean }>;
  /**
   * Delivers a message on a real channel after the sending policy (consent, address, caps, quiet
   * hours); see send-delivery.ts. A host without channels answers `failed` (`channels_unavailable`).
   */
  deliverMessage(request: DeliveryRequest): Promise<DeliveryOutcome>;
  /**
   * Records the message of this step visit as `failed` with the reason (its template failed, or hit
   * a render limit), so it is counted and shown like any failed delivery; once per visit.
   */
  recordSendFailure(failure: SendFailure): Promise<{ messageId: string }>;
}

/** A message that could not be written: on which channel, under which name, and why. */
export interface SendFailure {
  channel: string;
  name: string;
  code: TemplateFailureCode;
  detail: string;
}

/** Messages to the customer: the outbox and real channels. */
export const messagesService = defineService<MessagesService>()({
  name: 'messages',
  description: 'queue outbox messages and deliver messages on the workspace’s channels',
  phase: 'commit',
});

export interface StepOutputsService {
  /** Outputs of this enrollment's earlier steps, by step id (templates read them as `steps`). */
  read(): Promise<Record<string, Record<string, unknown>>>;
}

export const stepOutputsService = defineService<StepOutputsService>()({
  name: 'stepOutputs',
  description: 'read the outputs of the enrollment’s earlier steps',
  phase: 'any',
});

export interface EventsService {
  /**
   * Records an event of the customer with the step (its id derives from the step's key, so a retry
   * records nothing new). Once the step commits it starts journeys and reaches waits like a
   * tracked event; `discriminator` tells apart two events of one name in one step.
   */
  emit(
    name: string,
    properties?: Record<string, unknown>,
    discriminator?: string,
  ): Promise<{ eventId: string; duplicate: boolean }>;
}

/** Events of the customer caused by the step (a package's own events, loyalty facts). */
export const eventsService = defineService<EventsService>()({
  name: 'events',
  description: 'record events of the customer that journeys and waits react to',
  phase: 'commit',
});

/** The arm a customer has in this step's experiment, and how they got it. */
export interface ArmAssignment {
  arm: number;
  source: AssignmentSource;
  /** True when the customer already had this arm (re-entry, or a retried step). */
  kept: boolean;
}

export interface ExperimentsService {
  /**
   * The customer's arm in this step's experiment: the one stored for them, else the recorded
   * winner's, else drawn by weight; a new one is stored with the step.
   */
  assign(experiment: ExperimentDefinition): Promise<ArmAssignment>;
}

/** Arms of A/B/n tests, stored per customer with the step. */
export const experimentsService = defineService<ExperimentsService>()({
  name: 'experiments',
  description: 'the customer’s arm in the step’s A/B/n test, stored with the step',
  phase: 'commit',
});

export interface ReferralService {
  /**
   * The customer's share link (made on first use, then kept so a link already shared keeps
   * working), leading to `landingUrl` with `ref=<code>`.
   */
  shareLink(landingUrl: string): Promise<{ code: string; url: string }>;
}

/** Share links of customers: `referral_clicked` / `referral_joined` credit who shared them. */
export const referralService = defineService<ReferralService>()({
  name: 'referral',
  description: 'the customer’s share link, whose visits and sign-ups credit them',
  phase: 'commit',
});
