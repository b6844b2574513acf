// An in-memory implementation of the journey activities. Steps run through the real runtime
// facets of the built-in node types; only storage is faked. Every call is recorded for assertions.
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { JourneyIR } from '@wayfarer/journey';
import {
  builtinRuntimes,
  createHostServices,
  createRuntimeRegistry,
  experimentsService,
  leaderboardService,
  loyaltyService,
  messagesService,
  profileService,
  provideService,
  referralService,
  richMenusService,
  runFacet,
  stepOutputsService,
  type CustomerSnapshot,
  type LoyaltyServices,
} from '@wayfarer/nodes/runtime';
import type {
  EnrollmentOutcome,
  JourneyActivities,
  RunStepInput,
  RunStepResult,
  StepEventRecord,
} from '@wayfarer/workflows';
import { nodeRegistry } from './journeys';

const runtimes = createRuntimeRegistry(nodeRegistry, builtinRuntimes);

const refuse = (what: string) => () => Promise.reject(new Error(`the fake backend has no ${what}`));

// The built-ins' services on the fake customers, provided through a registry as every host does.
const services = createHostServices<FakeJourneyBackend>(runtimes, [
  provideService(profileService, ({ step }, backend: FakeJourneyBackend) => {
    const customer = backend.customer(step.customer.id);
    return {
      addTags: async (tags) => tags.forEach((tag) => customer.tags.add(tag)),
      removeTags: async (tags) => tags.forEach((tag) => customer.tags.delete(tag)),
      setAttributes: async (attributes) => void Object.assign(customer.attributes, attributes),
    };
  }),
  provideService(messagesService, ({ step }, backend: FakeJourneyBackend) => ({
    sendMessage: async ({ name, body }) => {
      backend.customer(step.customer.id).messages.push({ name, body, key: step.idempotencyKey });
      return { messageId: `msg-${step.idempotencyKey}`, duplicate: false };
    },
    deliverMessage: refuse('channels'),
    recordSendFailure: refuse('message rows for failed sends'),
  })),
  provideService(referralService, () => ({ shareLink: refuse('share links') })),
  provideService(richMenusService, () => ({ switchTo: refuse('rich menus') })),
  provideService(loyaltyService, ({ step }, backend: FakeJourneyBackend): LoyaltyServices => ({
    grantPoints: async ({ points }) => {
      const customer = backend.customer(step.customer.id);
      customer.points += points;
      return { entryId: `pts-${step.idempotencyKey}`, duplicate: false, balance: customer.points };
    },
    deductPoints: refuse('deductPoints'),
    issueCoupon: refuse('issueCoupon'),
    awardBadge: refuse('awardBadge'),
    evaluateTier: refuse('evaluateTier'),
    checkIn: refuse('checkIn'),
    drawLottery: refuse('drawLottery'),
  })),
  provideService(stepOutputsService, () => ({ read: async () => ({}) })),
  provideService(leaderboardService, () => ({ standing: refuse('leaderboard') })),
  provideService(experimentsService, () => ({ assign: refuse('experiments') })),
]);

/** One executed (not de-duplicated) runStep call. */
export interface StepCall {
  input: RunStepInput;
  result: RunStepResult;
  runId: string;
  /** Server time the activity was scheduled at (time-skipped in the test server). */
  scheduledAt: number;
}

export interface FinishCall {
  enrollmentId: string;
  outcome: EnrollmentOutcome;
  reason?: string;
  trail: StepEventRecord[];
}

interface Customer {
  tags: Set<string>;
  attributes: Record<string, unknown>;
  points: number;
  messages: { name: string; body: string; key: string }[];
}

export class FakeJourneyBackend {
  readonly versions = new Map<string, JourneyIR>();
  readonly stepCalls: StepCall[] = [];
  readonly recordedSteps: { enrollmentId: string; trail: StepEventRecord[] }[] = [];
  readonly goals: { enrollmentId: string; eventId: string }[] = [];
  readonly finished: FinishCall[] = [];
  /** runStep calls answered from a receipt (a retry or replay of an executed key). */
  duplicateKeys: string[] = [];
  /** Step ids whose runStep fails permanently. */
  readonly failingSteps = new Set<string>();
  /** Step ids whose runStep fails for now on every attempt (a provider or database that stays down). */
  readonly flakySteps = new Set<string>();
  /** Attempts of each step id, failed ones included. */
  readonly attempts = new Map<string, number>();
  private readonly receipts = new Map<string, RunStepResult>();
  private readonly customers = new Map<string, Customer>();

  customer(customerId: string): Customer {
    let customer = this.customers.get(customerId);
    if (customer === undefined) {
      customer = { tags: new Set(), attributes: { name: 'Mei' }, points: 0, messages: [] };
      this.customers.set(customerId, customer);
    }
    return customer;
  }

  stepsOf(enrollmentId: string): StepCall[] {
    return this.stepCalls.filter((call) => call.input.enrollmentId === enrollmentId);
  }

  /** Step ids and ports chosen by activity steps, in order: `tag:out`, `purchased:true`, … */
  portsOf(enrollmentId: string): string[] {
    return this.stepsOf(enrollmentId).map((call) => `${call.input.stepId}:${call.result.port}`);
  }

  /** Every step event written for the enrollment, wherever it was written. */
  trailOf(enrollmentId: string): StepEventRecord[] {
    return [
      ...this.stepsOf(enrollmentId).flatMap((call) => call.input.trail),
      ...this.recordedSteps.filter((batch) => batch.enrollmentId === enrollmentId).flatMap((batch) => batch.trail),
      ...this.finished.filter((call) => call.enrollmentId === enrollmentId).flatMap((call) => call.trail),
    ];
  }

  finishOf(enrollmentId: string): FinishCall | undefined {
    return this.finished.find((call) => call.enrollmentId === enrollmentId);
  }

  activities(): JourneyActivities {
    return {
      loadJourneyVersion: async ({ journeyVersionId }) => {
        const ir = this.versions.get(journeyVersionId);
        if (ir === undefined)
          throw ApplicationFailure.nonRetryable(`unknown version ${journeyVersionId}`, 'UnknownVersion');
        return ir;
      },
      runStep: (input) => this.runStep(input),
      recordSteps: async ({ enrollmentId, trail }) => {
        this.recordedSteps.push({ enrollmentId, trail });
      },
      recordGoal: async ({ enrollmentId, eventId }) => {
        this.goals.push({ enrollmentId, eventId });
      },
      finishEnrollment: async ({ enrollmentId, outcome, reason, trail }) => {
        this.finished.push({ enrollmentId, outcome, trail, ...(reason === undefined ? {} : { reason }) });
      },
    };
  }

  private async runStep(input: RunStepInput): Promise<RunStepResult> {
    const receipt = this.receipts.get(input.idempotencyKey);
    if (receipt !== undefined) {
      this.duplicateKeys.push(input.idempotencyKey);
      return receipt;
    }
    this.attempts.set(input.stepId, (this.attempts.get(input.stepId) ?? 0) + 1);
    if (this.failingSteps.has(input.stepId))
      throw ApplicationFailure.nonRetryable(`step ${input.stepId} is broken`, 'StepBroken');
    // Benign: the worker logs it at debug level, not a warning per attempt.
    if (this.flakySteps.has(input.stepId)) {
      throw ApplicationFailure.create({
        message: `step ${input.stepId} failed for now`,
        category: 'BENIGN',
      });
    }
    const ir = this.versions.get(input.journeyVersionId);
    const step = ir?.steps[input.stepId];
    const facet = step === undefined ? undefined : runtimes.get(step.type);
    if (step === undefined || facet === undefined)
      throw ApplicationFailure.nonRetryable(`cannot run ${input.stepId}`, 'NoRuntime');
    const info = Context.current().info;
    const now = new Date(info.currentAttemptScheduledTimestampMs);
    const visit = { ...input, now, customer: this.snapshot(input.customerId) };
    const result = await runFacet(facet, step.config, visit, services, this);
    this.receipts.set(input.idempotencyKey, result);
    this.stepCalls.push({
      input,
      result,
      runId: info.workflowExecution?.runId ?? 'standalone',
      scheduledAt: info.scheduledTimestampMs,
    });
    return result;
  }

  private snapshot(customerId: string): CustomerSnapshot {
    const customer = this.customer(customerId);
    return {
      id: customerId,
      externalId: `ext-${customerId}`,
      attributes: customer.attributes,
      tags: [...customer.tags],
      points: customer.points,
      timezone: 'Asia/Taipei',
      locale: 'zh-TW',
    };
  }
}
