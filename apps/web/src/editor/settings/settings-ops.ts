import {
  journeySettingsSchema,
  stableStringify,
  type Duration,
  type EventCriterion,
  type JourneySettings,
  type ReentryRule,
} from '@wayfarer/journey';
import type { GraphOp } from '../graph/graph-types';

// Journey settings edits as pure graph operations, so undo/redo, autosave and the in-browser
// compile see them exactly as they see node config edits.

/** The event the server records when a customer leaves a segment; its `segmentId` says which. */
export const SEGMENT_EXITED_EVENT = 'segment_exited';

/** A graph operation that rewrites the settings; an edit that changes nothing is no edit. */
export function updateSettings(update: (settings: JourneySettings) => JourneySettings): GraphOp {
  return (graph) => {
    const settings = update(graph.settings);
    if (settings === graph.settings || stableStringify(settings) === stableStringify(graph.settings)) return graph;
    return { ...graph, settings };
  };
}

/** Who may enter again; "once ever" has no cooldown to keep. */
export function setReentry(settings: JourneySettings, reentry: ReentryRule): JourneySettings {
  return { ...settings, reentry, reentryCooldown: reentry === 'once' ? null : settings.reentryCooldown };
}

/** "Leaves segment S" as stored: the `segment_exited` event for that segment. */
export function segmentExitCriterion(segmentId: string): EventCriterion {
  return { event: SEGMENT_EXITED_EVENT, where: [{ path: 'segmentId', op: 'eq', value: segmentId }] };
}

export type ExitCriterionView = { kind: 'segment'; segmentId: string } | { kind: 'event'; criterion: EventCriterion };

/** How the settings panel shows a stored exit criterion: leaving a segment, or any other event. */
export function viewExitCriterion(criterion: EventCriterion): ExitCriterionView {
  const [only, ...more] = criterion.where;
  if (
    criterion.event === SEGMENT_EXITED_EVENT &&
    more.length === 0 &&
    only?.path === 'segmentId' &&
    only.op === 'eq' &&
    typeof only.value === 'string'
  ) {
    return { kind: 'segment', segmentId: only.value };
  }
  return { kind: 'event', criterion };
}

/** Replaces (or, with `undefined`, removes) the exit criterion at `index`; past the end appends. */
export function setExitCriterion(
  settings: JourneySettings,
  index: number,
  criterion: EventCriterion | undefined,
): JourneySettings {
  const exitOn =
    criterion === undefined
      ? settings.exitOn.filter((_, at) => at !== index)
      : index >= settings.exitOn.length
        ? [...settings.exitOn, criterion]
        : settings.exitOn.map((current, at) => (at === index ? criterion : current));
  return { ...settings, exitOn };
}

const unitsLargestFirst: readonly [Duration['unit'], number][] = [
  ['weeks', 604_800_000],
  ['days', 86_400_000],
  ['hours', 3_600_000],
  ['minutes', 60_000],
  ['seconds', 1_000],
];

/** A span in ms as a marketer reads it: the largest unit it is a whole number of (days for 2 days). */
export function msToDuration(ms: number): Duration {
  for (const [unit, size] of unitsLargestFirst) {
    if (ms >= size && ms % size === 0) return { amount: ms / size, unit };
  }
  return { amount: Math.max(1, Math.round(ms / 1_000)), unit: 'seconds' };
}

/**
 * The settings as they may be stored, or undefined while the panel's draft is unfinished (a blank
 * event name, a segment not yet chosen, a half-typed number): only complete settings reach the document.
 */
export function completeSettings(draft: JourneySettings): JourneySettings | undefined {
  const parsed = journeySettingsSchema.safeParse(draft);
  if (!parsed.success) return undefined;
  const unchosenSegment = parsed.data.exitOn.some((criterion) => {
    const view = viewExitCriterion(criterion);
    return view.kind === 'segment' && view.segmentId === '';
  });
  return unchosenSegment ? undefined : parsed.data;
}
