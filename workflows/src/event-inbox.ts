import type { JourneyEvent } from './contract';

/** How many events a journey keeps for branches (`received` conditions) and continue-as-new. */
export const KEPT_EVENTS = 200;
/** How many event ids are remembered for de-duplication within one run. */
const KEPT_IDS = 1_000;

interface Entry {
  seq: number;
  event: JourneyEvent;
}

/**
 * The events a customer did while enrolled: de-duplicated by id (ingest may deliver an event
 * twice), bounded, and numbered so a wait can ask for "events since I started waiting".
 */
export class EventInbox {
  private entries: Entry[];
  private readonly seen = new Set<string>();
  private lastSeq: number;

  /** `carried` comes from the previous run; the entry event is marked seen because ingest may also signal it. */
  constructor(carried: readonly JourneyEvent[], entryEvent: JourneyEvent | null) {
    this.entries = carried.map((event, index) => ({ seq: index + 1, event }));
    this.lastSeq = this.entries.length;
    for (const { event } of this.entries) this.remember(event.id);
    if (entryEvent !== null) this.remember(entryEvent.id);
  }

  /** Stores the event; false when an event with this id was already accepted. */
  accept(event: JourneyEvent): boolean {
    if (this.seen.has(event.id)) return false;
    this.remember(event.id);
    this.lastSeq += 1;
    this.entries.push({ seq: this.lastSeq, event });
    if (this.entries.length > KEPT_EVENTS) this.entries = this.entries.slice(-KEPT_EVENTS);
    return true;
  }

  /** A mark to pass to `anySince`: everything accepted so far is before it. */
  get position(): number {
    return this.lastSeq;
  }

  /** True when an event accepted after `position` satisfies `test`. */
  anySince(position: number, test: (event: JourneyEvent) => boolean): boolean {
    return this.entries.some((entry) => entry.seq > position && test(entry.event));
  }

  /** The kept events, oldest first. */
  events(): JourneyEvent[] {
    return this.entries.map((entry) => entry.event);
  }

  private remember(id: string): void {
    this.seen.add(id);
    if (this.seen.size <= KEPT_IDS) return;
    // Sets iterate in insertion order, so the first id is the oldest.
    const oldest = this.seen.values().next();
    if (oldest.done !== true) this.seen.delete(oldest.value);
  }
}
