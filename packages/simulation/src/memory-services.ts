// Services that change only the simulated customer and record what a step did: nothing is sent,
// granted or written. The node's real runtime and the real template code still run.
import { channelSpec } from '@wayfarer/channels/spec';
import {
  eventsService,
  messagesService,
  profileService,
  provideService,
  referralService,
  richMenusService,
  stepOutputsService,
  type EventsService,
  type MessagesService,
  type ProfileService,
  type ReferralService,
  type RenderedMessage,
} from '@wayfarer/nodes/runtime';
import type { Db } from '@wayfarer/db';
import { simulatedDecision } from './simulated-delivery';
import type { SimulatedMessage } from './simulation.schema';
import type { SimulationRun, VisitRef } from './simulation-run';

/** What a rendered message shows in the simulation: channel, subject and the text a customer reads. */
export function simulatedMessage(message: RenderedMessage): SimulatedMessage {
  const { subject, body } = channelSpec(message.channel).summary(message, { pretty: true });
  return subject === null ? { channel: message.channel, body } : { channel: message.channel, subject, body };
}

const shown = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** What the simulation hands every service provider: the run and the visit being recorded. */
export interface SimulationHost {
  run: SimulationRun;
  ref: VisitRef;
}

/** `profile` on the simulated customer, each change recorded on the visit. */
export const memoryProfileProvider = provideService(profileService, ({ step }, { run, ref }: SimulationHost) => {
  const record = () => run.visit(ref);
  const { customer } = run;
  const service: ProfileService = {
    addTags: async (tags) => {
      for (const tag of tags.filter((candidate) => !customer.tags.includes(candidate))) {
        customer.tags.push(tag);
        await run.emit(ref, { kind: 'tag', id: run.nextId('tag'), tag }, { kind: 'tag_added', tag }, step.now);
      }
    },
    removeTags: (tags) => {
      for (const tag of tags.filter((candidate) => customer.tags.includes(candidate))) {
        customer.tags.splice(customer.tags.indexOf(tag), 1);
        record().changes.push({ kind: 'tag_removed', tag });
      }
      return Promise.resolve();
    },
    setAttributes: (attributes) => {
      for (const [key, value] of Object.entries(attributes)) {
        customer.attributes[key] = value;
        record().changes.push({ kind: 'attribute_set', key, value: shown(value) });
      }
      return Promise.resolve();
    },
  };
  return service;
});

const untilOf = (now: Date, delayMs: number) => new Date(now.getTime() + delayMs).toISOString();

/**
 * `messages` recorded on the visit, after the workspace's sending policy as the worker applies it
 * (unless the test run ignores it): a skipped or deferred message still shows what it would say.
 */
export function memoryMessagesProvider(db: Db) {
  return provideService(messagesService, ({ step }, { run, ref }: SimulationHost) => {
    const service: MessagesService = {
      sendMessage: ({ channel, subject, body }) => {
        run.visit(ref).messages.push(subject === undefined ? { channel, body } : { channel, subject, body });
        return Promise.resolve({ messageId: run.nextId('message'), duplicate: false });
      },
      deliverMessage: async (request) => {
        const templateKey = `${step.journeyId}:${step.stepId}`;
        const decision = await simulatedDecision(db, run, request, templateKey);
        const shown = simulatedMessage(request.message);
        const messageId = run.nextId('message');
        switch (decision.kind) {
          case 'defer':
            run.visit(ref).messages.push({
              ...shown,
              status: 'deferred',
              reason: decision.reason,
              until: untilOf(request.now, decision.delayMs),
            });
            return { status: 'deferred', untilMs: decision.delayMs, reason: decision.reason };
          case 'skip':
            run.visit(ref).messages.push({ ...shown, status: 'skipped', reason: decision.reason });
            return { status: 'skipped', messageId, reason: decision.reason };
          case 'send':
            run.sent.push({ channel: request.message.channel, templateKey, at: request.now.getTime() });
            run.visit(ref).messages.push(shown);
            return { status: 'sent', messageId, providerMessageId: messageId };
          default: {
            const unreachable: never = decision;
            return unreachable;
          }
        }
      },
      recordSendFailure: ({ channel, code, detail }) => {
        run.visit(ref).messages.push({ channel, body: '', status: 'failed', reason: code, detail });
        return Promise.resolve({ messageId: run.nextId('message') });
      },
    };
    return service;
  });
}

/** `stepOutputs` of the simulated enrollment. */
export const memoryStepOutputsProvider = provideService(stepOutputsService, (_scope, { run }: SimulationHost) => ({
  read: () => Promise.resolve({ ...run.outputs }),
}));

/** `events` recorded on the visit and routed in the run: a wait for one continues, a trigger on one enters. */
export const memoryEventsProvider = provideService(eventsService, ({ step }, { run, ref }: SimulationHost) => {
  const service: EventsService = {
    emit: async (name, properties) => {
      const id = run.nextId('event');
      await run.emit(
        ref,
        { kind: 'event', event: { id, name, properties: properties ?? {} } },
        { kind: 'event_recorded', event: name },
        step.now,
      );
      return { eventId: id, duplicate: false };
    },
  };
  return service;
});

/** `referral` in a test run: no link is made, the step shows where one would go. */
export const memoryReferralProvider = provideService(referralService, () => {
  const service: ReferralService = {
    shareLink: () => Promise.resolve({ code: SIMULATED_SHARE_CODE, url: `/r/${SIMULATED_SHARE_CODE}` }),
  };
  return service;
});

/** The code a test run's share links show (a real one is made when the journey runs). */
export const SIMULATED_SHARE_CODE = 'preview';

/** A test run links no rich menu on LINE: the step follows as if LINE had taken the link. */
export const memoryRichMenusProvider = provideService(richMenusService, () => ({
  switchTo: async (richMenuId: string | null) =>
    ({ status: richMenuId === null ? 'unlinked' : 'linked', richMenuId }) as const,
}));
