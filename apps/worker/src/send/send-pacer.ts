import { reserveSendSlots, type Db } from '@wayfarer/db';

// A worker takes this much of a channel's capacity at once: few statements, little left unused.
const BLOCK_SECONDS = 0.1;
// Slots are spaced for 98% of the rate, so the jitter between our clock and the provider's
// counting cannot tip a window over the limit.
const HEADROOM = 0.98;

interface Lane {
  intervalMs: number;
  blockSize: number;
  /** Times (ms) of the slots this worker holds, earliest first. */
  slots: number[];
  reserving: Promise<void> | undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Paces provider calls so that all workers together stay within each channel's rate, exactly: slots
 * `1/rate` apart are handed out by Postgres (`send_slots`) in small blocks, and a send waits for its
 * slot; slots that passed unused are dropped, never made up for. The task-queue rate limit keeps the
 * queue from handing out much more than the rate; this closes the gap its burst leaves.
 */
export function createSendPacer(db: Db, ratesPerSecond: Readonly<Record<string, number>>) {
  const lanes = new Map<string, Lane>();
  const laneOf = (channel: string): Lane | undefined => {
    const rate = ratesPerSecond[channel];
    if (rate === undefined) return undefined;
    let lane = lanes.get(channel);
    if (lane === undefined) {
      lane = {
        intervalMs: 1000 / (rate * HEADROOM),
        blockSize: Math.max(1, Math.ceil(rate * BLOCK_SECONDS)),
        slots: [],
        reserving: undefined,
      };
      lanes.set(channel, lane);
    }
    return lane;
  };
  const refill = (channel: string, lane: Lane): Promise<void> => {
    lane.reserving ??= reserveSendSlots(db, channel, lane.blockSize, lane.intervalMs)
      .then((first) => {
        for (let i = 0; i < lane.blockSize; i += 1) lane.slots.push(first.getTime() + i * lane.intervalMs);
      })
      .finally(() => {
        lane.reserving = undefined;
      });
    return lane.reserving;
  };
  return {
    /**
     * Waits for this worker's next free slot on `channel` and resolves with the slot's time (ms);
     * at once, with now, for an unlimited channel.
     */
    async acquire(channel: string): Promise<number> {
      const lane = laneOf(channel);
      if (lane === undefined) return Date.now();
      for (;;) {
        const slot = lane.slots.shift();
        if (slot === undefined) {
          await refill(channel, lane);
          continue;
        }
        const wait = slot - Date.now();
        if (wait < 0) continue;
        if (wait > 0) await sleep(wait);
        return slot;
      }
    },
  };
}

export type SendPacer = ReturnType<typeof createSendPacer>;
