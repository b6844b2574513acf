import { describe, expect, it } from 'vitest';
import type { JourneyEvent } from './contract';
import { EventInbox, KEPT_EVENTS } from './event-inbox';

const event = (id: string, name = 'view'): JourneyEvent => ({
  id,
  name,
  properties: {},
  timestamp: '2025-01-01T00:00:00.000Z',
});

describe('EventInbox', () => {
  it('accepts an id once, including the entry event and carried events', () => {
    const inbox = new EventInbox([event('carried')], event('entry'));
    expect(inbox.accept(event('entry'))).toBe(false);
    expect(inbox.accept(event('carried'))).toBe(false);
    expect(inbox.accept(event('new'))).toBe(true);
    expect(inbox.accept(event('new'))).toBe(false);
    expect(inbox.events().map((e) => e.id)).toEqual(['carried', 'new']);
  });

  it('answers "since" questions relative to a position', () => {
    const inbox = new EventInbox([], null);
    inbox.accept(event('early', 'purchase'));
    const mark = inbox.position;
    const isPurchase = (e: JourneyEvent): boolean => e.name === 'purchase';
    expect(inbox.anySince(mark, isPurchase)).toBe(false);
    inbox.accept(event('late', 'purchase'));
    expect(inbox.anySince(mark, isPurchase)).toBe(true);
  });

  it('keeps only the most recent events', () => {
    const inbox = new EventInbox([], null);
    for (let i = 0; i < KEPT_EVENTS + 5; i++) inbox.accept(event(`e${i}`));
    const kept = inbox.events();
    expect(kept).toHaveLength(KEPT_EVENTS);
    expect(kept[0]?.id).toBe('e5');
  });
});
