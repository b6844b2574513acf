import { defineAdapter, widenAdapter } from '../define-adapter';
import { classifyNoAnswer } from '../failures';
import { outboxChannel, outboxMessageSchema, type OutboxMessage } from './outbox.channel';
import { defineChannelRuntime } from '../define-channel-runtime';
import { ChannelConfigError } from '../errors';
import type { ChannelAdapter } from '../types';

/** Where outbox messages go (in the app, the `messages` table); idempotent on the key. */
export interface OutboxSink {
  record(message: OutboxMessage, idempotencyKey: string): Promise<{ id: string }>;
}

/**
 * The development channel: messages are recorded, not delivered. A sink that throws (a database
 * hiccup) is a retryable failure, like a provider that did not answer.
 */
export function createOutboxAdapter(sink: OutboxSink): ChannelAdapter<'outbox'> {
  return defineAdapter('outbox', outboxMessageSchema, async (message, options) => {
    try {
      const { id } = await sink.record(message, options.idempotencyKey);
      return { status: 'sent', providerMessageId: id };
    } catch (error) {
      return classifyNoAnswer(error, 'network');
    }
  });
}

/** An in-memory sink for development and tests: one entry per idempotency key. */
export function createMemoryOutbox(): OutboxSink & { messages: ReadonlyMap<string, OutboxMessage> } {
  const messages = new Map<string, OutboxMessage>();
  return {
    messages,
    record: async (message, idempotencyKey) => {
      if (!messages.has(idempotencyKey)) messages.set(idempotencyKey, message);
      return { id: `outbox:${idempotencyKey}` };
    },
  };
}

/** The test mailbox's runtime facet: the adapter recording into the caller's sink. */
export const outboxRuntime = defineChannelRuntime(outboxChannel, {
  createAdapter: (_config, deps) => {
    if (!deps.outbox) throw new ChannelConfigError('The outbox channel needs an outbox sink.');
    return widenAdapter(createOutboxAdapter(deps.outbox));
  },
});
