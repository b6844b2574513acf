import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveStatsHub, type LiveWatch } from './live-stats-hub';

const watch: LiveWatch = { workspaceId: 'w', journeyId: 'j', versionId: 'v1' };

function fakeSource() {
  const state = { marker: 'm1', value: 1, markerReads: 0, statsReads: 0 };
  return {
    state,
    source: {
      marker: () => {
        state.markerReads += 1;
        return Promise.resolve(state.marker);
      },
      stats: (seen: LiveWatch) => {
        state.statsReads += 1;
        return Promise.resolve({ version: seen.versionId, value: state.value });
      },
    },
  };
}

describe('LiveStatsHub', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shares one detector per journey and recomputes only when the marker moves', async () => {
    const { state, source } = fakeSource();
    const hub = new LiveStatsHub(source, 1_000);
    const first: unknown[] = [];
    const second: unknown[] = [];
    const stopFirst = hub.subscribe(watch, (stats) => first.push(stats));
    const stopSecond = hub.subscribe(watch, (stats) => second.push(stats));
    await vi.advanceTimersByTimeAsync(0);
    expect(first).toEqual([{ version: 'v1', value: 1 }]);
    expect(second).toEqual(first);
    expect(state).toMatchObject({ markerReads: 1, statsReads: 1 });

    await vi.advanceTimersByTimeAsync(3_000);
    expect(state).toMatchObject({ markerReads: 4, statsReads: 1 });

    state.marker = 'm2';
    state.value = 2;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(first).toEqual([
      { version: 'v1', value: 1 },
      { version: 'v1', value: 2 },
    ]);
    expect(state.statsReads).toBe(2);

    stopFirst();
    stopSecond();
    expect(hub.watchedJourneys).toBe(0);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(state.markerReads).toBe(5);
  });

  it('gives a late subscriber the current stats at once, and skips values it already has', async () => {
    const { state, source } = fakeSource();
    const hub = new LiveStatsHub(source, 1_000);
    hub.subscribe(watch, () => undefined);
    await vi.advanceTimersByTimeAsync(0);
    const late: unknown[] = [];
    hub.subscribe(watch, (stats) => late.push(stats));
    await vi.advanceTimersByTimeAsync(0);
    expect(late).toEqual([{ version: 'v1', value: 1 }]);
    // The marker moved but the numbers did not (another version changed): nothing new is sent.
    state.marker = 'm2';
    await vi.advanceTimersByTimeAsync(1_000);
    expect(late).toHaveLength(1);
  });

  it('stops polling and signals its listeners when closed', async () => {
    const { state, source } = fakeSource();
    const hub = new LiveStatsHub(source, 1_000);
    hub.subscribe(watch, () => undefined);
    await vi.advanceTimersByTimeAsync(0);
    hub.close();
    expect(hub.closed.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(state.markerReads).toBe(1);
  });
});
