// Services that change only the simulated customer and record what a step did: nothing is sent,
// granted or written. The node's real runtime and the real template code still run.
import { channelSpec } from '@wayfarer/channels/spec';
import {
  eventsService,
  messagesService,
  profileService,
  provideService,
  stepOutputsService,
  type EventsService,
  type MessagesService,
  type ProfileService,
  type RenderedMessage,
} from '@wayfarer/nodes/runtime';
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
export const memoryProfileProvider = provideService(profileService, (_scope, { run, ref }: SimulationHost) => {
  const record = () => run.visit(ref);
  const { customer } = run;
  const service: ProfileService = {
    addTags: (tags) => {
      for (const tag of tags.filter((candidate) => !customer.tags.includes(candidate))) {
        customer.tags.push(tag);
        record().changes.push({ kind: 'tag_added', summary: `Tag "${tag}" added` });
      }
      return Promise.resolve();
    },
    removeTags: (tags) => {
      for (const tag of tags.filter((candidate) => customer.tags.includes(candidate))) {
        customer.tags.splice(customer.tags.indexOf(tag), 1);
        record().changes.push({ kind: 'tag_removed', summary: `Tag "${tag}" removed` });
      }
      return Promise.resolve();
    },
    setAttributes: (attributes) => {
      for (const [key, value] of Object.entries(attributes)) {
        customer.attributes[key] = value;
        record().changes.push({ kind: 'attribute_set', summary: `${key} set to ${shown(value)}` });
      }
      return Promise.resolve();
    },
  };
  return service;
});

/** `messages` recorded on the visit; consent, addresses, caps and quiet hours are not simulated. */
export const memoryMessagesProvider = provideService(messagesService, (_scope, { run, ref }: SimulationHost) => {
  const service: MessagesService = {
    sendMessage: ({ channel, subject, body }) => {
      run.visit(ref).messages.push(subject === undefined ? { channel, body } : { channel, subject, body });
      return Promise.resolve({ messageId: run.nextId('message'), duplicate: false });
    },
    deliverMessage: (request) => {
      run.visit(ref).messages.push(simulatedMessage(request.message));
      const messageId = run.nextId('message');
      return Promise.resolve({ status: 'sent', messageId, providerMessageId: messageId });
    },
    recordSendFailure: ({ channel, code, detail }) => {
      run.visit(ref).messages.push({ channel, body: '', status: 'failed', reason: code, detail });
      return Promise.resolve({ messageId: run.nextId('message') });
    },
  };
  return service;
});

/** `stepOutputs` of the simulated enrollment. */
export const memoryStepOutputsProvider = provideService(stepOutputsService, (_scope, { run }: SimulationHost) => ({
  read: () => Promise.resolve({ ...run.outputs }),
}));

/** `events` recorded on the visit; they start nothing and reach no wait in a test run. */
export const memoryEventsProvider = provideService(eventsService, (_scope, { run, ref }: SimulationHost) => {
  const service: EventsService = {
    emit: (name) => {
      run.visit(ref).changes.push({ kind: 'event_recorded', summary: `Event "${name}" recorded` });
      return Promise.resolve({ eventId: run.nextId('event'), duplicate: false });
    },
  };
  return service;
});
