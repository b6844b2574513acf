// Test support: a RuntimeContext with in-memory services that record what a step asked for. Tests
// replace single services (`context.services.messages = …`) to script an answer.
import type { LeaderboardService, LoyaltyServices } from '../builtins/loyalty/loyalty-services';
import type { CustomerSnapshot, EventSnapshot, OutgoingMessage, RuntimeContext, StepInfo } from './context';
import { assignArm } from '@wayfarer/experiments';
import { experimentKey } from './experiment.runtime';
import type {
  EventsService,
  ExperimentsService,
  MessagesService,
  ProfileService,
  SendFailure,
  StepOutputsService,
} from './services/journey-services';

/** Everything the fake services were asked to do, in order. */
export interface RecordedEffects {
  added: string[][];
  removed: string[][];
  attributes: Record<string, unknown>[];
  messages: OutgoingMessage[];
  failures: SendFailure[];
  grants: { points: number; reason: string; expiresInMonths?: number | null }[];
  events: { name: string; properties: Record<string, unknown> }[];
}

/** The services of the built-in nodes, as a host would bind them. */
export interface FakeServices {
  profile: ProfileService;
  messages: MessagesService;
  stepOutputs: StepOutputsService;
  leaderboard: LeaderboardService;
  loyalty: LoyaltyServices;
  events: EventsService;
  experiments: ExperimentsService;
}

export interface FakeContext {
  context: RuntimeContext<FakeServices>;
  effects: RecordedEffects;
}

/** An event snapshot named `name`. */
export function event(name: string, properties: Record<string, unknown> = {}): EventSnapshot {
  return { id: `evt-${name}`, name, properties, timestamp: '2024-03-01T00:00:00.000Z' };
}

const unexpected = (what: string) => () => Promise.reject(new Error(`unexpected ${what}`));

function fakeServices(effects: RecordedEffects, step: StepInfo): FakeServices {
  const balance = step.customer.points;
  return {
    profile: {
      addTags: (tags) => Promise.resolve(void effects.added.push([...tags])),
      removeTags: (tags) => Promise.resolve(void effects.removed.push([...tags])),
      setAttributes: (attributes) => Promise.resolve(void effects.attributes.push(attributes)),
    },
    messages: {
      sendMessage: (message) => {
        effects.messages.push(message);
        return Promise.resolve({ messageId: `msg-${effects.messages.length}`, duplicate: false });
      },
      deliverMessage: () =>
        Promise.resolve({ status: 'failed', messageId: 'none', code: 'channels_unavailable', detail: 'fake' }),
      recordSendFailure: (failure) => {
        effects.failures.push(failure);
        return Promise.resolve({ messageId: `failed-${effects.failures.length}` });
      },
    },
    stepOutputs: { read: () => Promise.resolve({}) },
    leaderboard: { standing: unexpected('leaderboard') },
    loyalty: {
      grantPoints: (grant) => {
        effects.grants.push(grant);
        const entryId = `ledger-${effects.grants.length}`;
        return Promise.resolve({ entryId, duplicate: false, balance: balance + grant.points });
      },
      deductPoints: unexpected('deductPoints'),
      issueCoupon: unexpected('issueCoupon'),
      awardBadge: unexpected('awardBadge'),
      evaluateTier: unexpected('evaluateTier'),
      checkIn: unexpected('checkIn'),
      drawLottery: unexpected('drawLottery'),
    },
    events: {
      emit: (name, properties = {}) => {
        effects.events.push({ name, properties });
        return Promise.resolve({ eventId: `event-${effects.events.length}`, duplicate: false });
      },
    },
    // Nothing stored: the stable draw decides, as the store does for a first entry.
    experiments: {
      assign: (experiment) => {
        const weights = experiment.arms.map((arm) => arm.percent);
        const arm = assignArm(experimentKey(step), step.customer.id, weights) ?? 0;
        return Promise.resolve({ arm, source: 'random', kept: false });
      },
    },
  };
}

/** A step visit of customer Amy; override any field, or customer fields through `customer`. */
export function fakeStep(
  overrides: Partial<Omit<StepInfo, 'customer'>> & { customer?: Partial<CustomerSnapshot> } = {},
): StepInfo {
  const { customer, ...rest } = overrides;
  return {
    workspaceId: 'ws-1',
    journeyId: 'journey-1',
    journeyVersionId: 'version-1',
    enrollmentId: 'enrollment-1',
    stepId: 'step-1',
    visit: 1,
    idempotencyKey: 'key-1',
    now: new Date('2024-03-10T00:00:00Z'),
    entryEvent: null,
    journeyEvents: [],
    ...rest,
    customer: {
      id: 'cust-1',
      externalId: 'amy-42',
      attributes: { name: 'Amy', tier: 'gold', city: 'Taipei' },
      tags: ['vip'],
      points: 120,
      timezone: 'Asia/Taipei',
      locale: 'zh-TW',
      ...customer,
    },
  };
}

/** A context for customer Amy with every fake service (see {@link fakeStep} for overrides). */
export function fakeContext(overrides: Parameters<typeof fakeStep>[0] = {}): FakeContext {
  const effects: RecordedEffects = {
    added: [],
    removed: [],
    attributes: [],
    messages: [],
    failures: [],
    grants: [],
    events: [],
  };
  const step = fakeStep(overrides);
  return { context: { ...step, services: fakeServices(effects, step) }, effects };
}
