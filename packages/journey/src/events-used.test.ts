import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileJourney } from './compile';
import { journeyEventsUsed, usesEvent, type EventsUsed } from './events-used';
import type { JourneyGraphInput } from './graph.schema';
import type { JourneyIR } from './ir.schema';
import type { CompilableNodeType } from './node-type';
import { actionType, edge, endType, node, testRegistry, triggerType, waitType } from './test-node-types';

/** A wait for an event (await-event plan), as the built-in wait's event mode compiles. */
const waitForEventType: CompilableNodeType = {
  type: 'test.wait-for',
  version: 1,
  kind: 'wait',
  config: z.object({ event: z.string() }),
  ports: () => [{ name: 'out' }, { name: 'timeout', required: false }],
  plan: (config: { event: string }) => ({
    op: 'await-event',
    event: config.event,
    where: [],
    timeoutMs: 60_000,
    eventPort: 'out',
    timeoutPort: 'timeout',
  }),
};

/** A branch on a past event that says which it reads. */
const eventBranchType: CompilableNodeType = {
  type: 'test.event-branch',
  version: 2,
  kind: 'branch',
  config: z.object({ event: z.string() }),
  ports: () => [{ name: 'out' }, { name: 'otherwise', required: false }],
  eventsRead: (config: { event: string }) => [config.event],
};

/** An action that reads no events. */
const quietActionType: CompilableNodeType = { ...actionType, type: 'test.quiet', eventsRead: () => [] };

const registry = testRegistry([
  triggerType,
  actionType,
  quietActionType,
  waitType,
  waitForEventType,
  eventBranchType,
  endType,
]);

function compiled(graph: JourneyGraphInput): JourneyIR {
  const result = compileJourney(graph, registry);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** trigger → `middle` steps in a row → end, with journey settings. */
function chain(middle: ReturnType<typeof node>[], settings: JourneyGraphInput['settings'] = {}): JourneyIR {
  const ids = ['start', ...middle.map((step) => step.id), 'done'];
  return compiled({
    nodes: [node('start', 'test.trigger', { event: 'signed_up' }), ...middle, node('done', 'test.end')],
    edges: ids.slice(1).map((id, index) => edge(ids[index] ?? '', id)),
    settings,
  });
}

const names = (used: EventsUsed) => (used.kind === 'any' ? 'any' : [...used.names].sort());

describe('journeyEventsUsed', () => {
  it('collects exit criteria, the goal, waits for an event and what steps say they read', () => {
    const ir = chain(
      [
        node('quiet', 'test.quiet'),
        node('pause', 'test.wait', { duration: { amount: 1, unit: 'days' } }),
        node('wait', 'test.wait-for', { event: 'email_clicked' }),
        node('check', 'test.event-branch', { event: 'app_opened' }),
      ],
      { exitOn: [{ event: 'unsubscribed', where: [] }], goal: { event: 'purchase', where: [] } },
    );
    const used = journeyEventsUsed(ir, registry);
    expect(names(used)).toEqual(['app_opened', 'email_clicked', 'purchase', 'unsubscribed']);
    expect(usesEvent(used, 'purchase')).toBe(true);
    expect(usesEvent(used, 'page_viewed')).toBe(false);
  });

  it('uses nothing when the journey only walks and waits (its trigger event is not a listener)', () => {
    const used = journeyEventsUsed(chain([node('quiet', 'test.quiet')]), registry);
    expect(names(used)).toEqual([]);
    expect(usesEvent(used, 'signed_up')).toBe(false);
  });

  it('may use any event when an activity step does not say what it reads', () => {
    const used = journeyEventsUsed(chain([node('act', 'test.action')]), registry);
    expect(used).toEqual({ kind: 'any' });
    expect(usesEvent(used, 'anything')).toBe(true);
  });

  it('may use any event when a step is of a type the lookup does not know, or stored under another version', () => {
    const ir = chain([node('check', 'test.event-branch', { event: 'app_opened' })]);
    expect(journeyEventsUsed(ir, testRegistry([triggerType, endType]))).toEqual({ kind: 'any' });
    const older = { ...ir, steps: { ...ir.steps, check: { ...ir.steps.check!, typeVersion: 1 } } };
    expect(journeyEventsUsed(older, registry)).toEqual({ kind: 'any' });
  });
});
