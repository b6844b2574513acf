// Events the ingest API stores can be leased to this process's router by the insert itself and
// handed over in memory, so routing them costs no claim (bench: ingest: one round trip less from
// answer to journey start, and no claim statement per wake). Only while that keeps each customer's
// order: an event handed over must not overtake one of this process stored unleased earlier (the
// router was full), which only a claim would find. So a handover is refused while such a store is
// in flight or finished after the start of the last claim that took all there was.
import type { EventRow } from '@wayfarer/db';

/** How the ingest API hands the events it stores to its own process's router. */
export interface EventHandoff {
  /**
   * The lease (ms) to store `count` events under, claimed for this router by the insert; or
   * undefined: store them unleased (for any router to claim) and call `stored` after.
   */
  reserve(count: number): number | undefined;
  /** The events stored under a reservation of `reserved` (fewer when some were repeats, none when it failed). */
  adopt(events: EventRow[], reserved: number): void;
  /** A store that `reserve` refused has finished (stored or failed). */
  stored(): void;
}

/** When a handover keeps order: no unleased event of this process is waiting for a claim. */
export function handoffGate() {
  let unleasedInFlight = 0;
  let storedEpoch = 0;
  // Events stored before this router began (a restart, another process) are found by a claim first.
  let drainedEpoch = -1;
  return {
    open: () => unleasedInFlight === 0 && drainedEpoch === storedEpoch,
    refused() {
      unleasedInFlight += 1;
    },
    stored() {
      unleasedInFlight = Math.max(0, unleasedInFlight - 1);
      storedEpoch += 1;
    },
    /** Before a claim: the stores it will see. */
    claimStarts: () => storedEpoch,
    /** After a claim that took fewer events than it had room for: they are all in hand. */
    drained(epoch: number) {
      drainedEpoch = epoch;
    },
  };
}
