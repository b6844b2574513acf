// Live node stats: one change detector per journey, shared by everyone watching it. It polls a
// cheap marker (newest step event, enrollment counts) while anyone listens, recomputes the stats
// only when the marker moved, and stops when the last listener leaves.

/** What a listener watches: a journey version's node stats (no window). */
export interface LiveWatch {
  workspaceId: string;
  journeyId: string;
  versionId: string | null;
}

export interface LiveStatsSource<TStats> {
  /** A value that changes whenever the journey's stats may have changed. */
  marker(journeyId: string): Promise<string>;
  stats(watch: LiveWatch): Promise<TStats>;
}

interface Listener<TStats> {
  watch: LiveWatch;
  deliver(stats: TStats): void;
  /** JSON of the last value delivered: identical values are not sent again. */
  last: string | null;
}

interface JourneyDetector<TStats> {
  listeners: Set<Listener<TStats>>;
  marker: string | null;
  timer: ReturnType<typeof setTimeout> | null;
}

/** How often a watched journey's marker is read. */
export const LIVE_POLL_MS = 1_000;

export class LiveStatsHub<TStats> {
  private readonly detectors = new Map<string, JourneyDetector<TStats>>();
  private readonly closing = new AbortController();

  constructor(
    private readonly source: LiveStatsSource<TStats>,
    private readonly pollMs = LIVE_POLL_MS,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Delivers the stats at once and after every change; the returned function stops it. */
  subscribe(watch: LiveWatch, deliver: (stats: TStats) => void): () => void {
    let detector = this.detectors.get(watch.journeyId);
    if (!detector) {
      detector = { listeners: new Set(), marker: null, timer: null };
      this.detectors.set(watch.journeyId, detector);
      this.schedule(watch.journeyId, detector, 0);
    }
    const listener: Listener<TStats> = { watch, deliver, last: null };
    detector.listeners.add(listener);
    // The first value is computed after the detector's marker is read (or reads it itself), so a
    // change in between is seen by the next poll rather than lost.
    const current = detector;
    if (current.marker !== null) {
      this.send([listener]).catch((error: unknown) => {
        current.marker = null;
        this.onError(error);
      });
    }
    return () => {
      current.listeners.delete(listener);
      if (current.listeners.size > 0) return;
      if (current.timer !== null) clearTimeout(current.timer);
      current.timer = null;
      this.detectors.delete(watch.journeyId);
    };
  }

  /** Aborts when the hub closes: every live view should end then (the server is stopping). */
  get closed(): AbortSignal {
    return this.closing.signal;
  }

  /** Stops every detector and tells every listener to end (see `closed`). */
  close(): void {
    for (const detector of this.detectors.values()) if (detector.timer !== null) clearTimeout(detector.timer);
    this.detectors.clear();
    this.closing.abort();
  }

  /** Journeys being watched now (for tests and diagnostics). */
  get watchedJourneys(): number {
    return this.detectors.size;
  }

  private schedule(journeyId: string, detector: JourneyDetector<TStats>, delayMs: number): void {
    detector.timer = setTimeout(() => void this.poll(journeyId, detector), delayMs);
  }

  private async poll(journeyId: string, detector: JourneyDetector<TStats>): Promise<void> {
    try {
      const marker = await this.source.marker(journeyId);
      if (marker !== detector.marker) {
        detector.marker = marker;
        await this.send([...detector.listeners]);
      }
    } catch (error) {
      // Retried on the next poll: forget the marker so the stats are computed again.
      detector.marker = null;
      this.onError(error);
    }
    if (this.detectors.get(journeyId) === detector && detector.listeners.size > 0) {
      this.schedule(journeyId, detector, this.pollMs);
    }
  }

  /** Computes each watched version's stats once and hands them to its listeners. */
  private async send(listeners: Listener<TStats>[]): Promise<void> {
    const byVersion = new Map<string, Listener<TStats>[]>();
    for (const listener of listeners) {
      const key = listener.watch.versionId ?? '';
      byVersion.set(key, [...(byVersion.get(key) ?? []), listener]);
    }
    await Promise.all(
      [...byVersion.values()].map(async (group) => {
        const first = group[0];
        if (!first) return;
        const stats = await this.source.stats(first.watch);
        const json = JSON.stringify(stats);
        for (const listener of group) {
          if (listener.last === json) continue;
          listener.last = json;
          listener.deliver(stats);
        }
      }),
    );
  }
}
