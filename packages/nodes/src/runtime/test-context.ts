// Test support: a RuntimeContext with in-memory services that record what a step asked for.
import type {
  CustomerSnapshot,
  EventSnapshot,
  OutgoingMessage,
  RuntimeContext,
  RuntimeServices,
  SendFailure,
} from './context';

/** Everything the fake services were asked to do, in order. */
export interface RecordedEffects {
  added: string[][];
  removed: string[][];
  attributes: Record<string, unknown>[];
  messages: OutgoingMessage[];
  failures: SendFailure[];
  grants: { points: number; reason: string }[];
}

export interface FakeContext {
  context: RuntimeContext;
  effects: RecordedEffects;
}

/** An event snapshot named `name`. */
export function event(name: string, properties: Record<string, unknown> = {}): EventSnapshot {
  return { id: `evt-${name}`, name, properties, timestamp: '2024-03-01T00:00:00.000Z' };
}

/** A context for customer Amy; override any field, or customer fields through `customer`. */
export function fakeContext(
  overrides: Partial<Omit<RuntimeContext, 'customer' | 'services'>> & { customer?: Partial<CustomerSnapshot> } = {},
): FakeContext {
  const effects: RecordedEffects = { added: [], removed: [], attributes: [], messages: [], failures: [], grants: [] };
  const services: RuntimeServices = {
    addTags: (tags) => Promise.resolve(void effects.added.push([...tags])),
    removeTags: (tags) => Promise.resolve(void effects.removed.push([...tags])),
    setAttributes: (attributes) => Promise.resolve(void effects.attributes.push(attributes)),
    sendMessage: (message) => {
      effects.messages.push(message);
      return Promise.resolve({ messageId: `msg-${effects.messages.length}`, duplicate: false });
    },
    recordSendFailure: (failure) => {
      effects.failures.push(failure);
      return Promise.resolve({ messageId: `failed-${effects.failures.length}` });
    },
    grantPoints: (grant) => {
      effects.grants.push(grant);
      return Promise.resolve({ entryId: `ledger-${effects.grants.length}`, duplicate: false });
    },
  };
  const { customer, ...rest } = overrides;
  const context: RuntimeContext = {
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
    services,
  };
  return { context, effects };
}
