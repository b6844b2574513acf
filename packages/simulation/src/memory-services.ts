// RuntimeServices that change only the simulated customer and record what a step did: nothing is
// sent, granted or written. The node's real `execute` and the real template code still run.
import type { RenderedMessage, RuntimeServices } from '@wayfarer/nodes/runtime';
import type { SimulatedMessage } from './simulation.schema';
import type { SimulationRun, VisitRef } from './simulation-run';

/** What a rendered message shows in the simulation: channel, subject and the text a customer reads. */
export function simulatedMessage(message: RenderedMessage): SimulatedMessage {
  switch (message.channel) {
    case 'line':
      return {
        channel: 'line',
        body: message.content.type === 'text' ? message.content.text : message.content.altText,
      };
    case 'email':
      return { channel: 'email', subject: message.subject, body: message.text };
    case 'sms':
      return { channel: 'sms', body: message.body };
    case 'webhook':
      return { channel: 'webhook', body: JSON.stringify(message.payload, null, 2) };
    default: {
      const unreachable: never = message;
      return unreachable;
    }
  }
}

const shown = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** The in-memory services of one step visit of a simulation. */
export function memoryRuntimeServices(run: SimulationRun, ref: VisitRef): RuntimeServices {
  const record = () => run.visit(ref);
  const { customer } = run;
  return {
    stepOutputs: () => Promise.resolve({ ...run.outputs }),
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
    sendMessage: (message) => {
      const { channel, subject, body } = message;
      record().messages.push(subject === undefined ? { channel, body } : { channel, subject, body });
      return Promise.resolve({ messageId: run.nextId('message'), duplicate: false });
    },
    recordSendFailure: ({ channel, code, detail }) => {
      record().messages.push({ channel, body: '', status: 'failed', reason: code, detail });
      return Promise.resolve({ messageId: run.nextId('message') });
    },
    // Consent, addresses, caps and quiet hours are not simulated: every message counts as sent.
    deliverMessage: (request) => {
      record().messages.push(simulatedMessage(request.message));
      const messageId = run.nextId('message');
      return Promise.resolve({ status: 'sent', messageId, providerMessageId: messageId });
    },
    grantPoints: ({ points, reason }) => {
      customer.points += points;
      const detail = { points, reason, balance: customer.points };
      record().rewards.push({ kind: 'points', summary: `+${points} points (${reason})`, detail });
      return Promise.resolve({ entryId: run.nextId('points'), duplicate: false });
    },
  };
}
