import { defineAdapter } from './define-adapter';
import { classifyNoAnswer } from './failures';
import { outboxMessageSchema, type OutboxMessage } from './messages';
import type { ChannelAdapter } from './types';

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
