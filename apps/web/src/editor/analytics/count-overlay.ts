import type { GraphEdge } from '@wayfarer/journey';
import type { OverlayBadge, OverlayEntry } from '../store/overlay-slice';
import type { StepOutcome, StepStats } from './stats-types';

/** Words for the figures' tooltips, in the UI language (`{count}` filled in). */
export interface CountWords {
  entered: string;
  waiting: string;
  errors: string;
  skipped: string;
  deferred: string;
  left: string;
  /** Customers whose journey ended at the step because nothing is connected after it. */
  ended: string;
  /** A skip or failure reason as the marketer reads it. */
  reason: (reason: string) => string;
}

export interface CountOverlay {
  nodes: Map<string, OverlayBadge>;
  edges: Map<string, OverlayBadge>;
}

/** `1234` → `1.2K` in `locale`: cards stay narrow with big journeys. */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

function entry(key: string, value: number, word: string, locale: string, because: string[] = []): OverlayEntry {
  const title = word.replace('{count}', new Intl.NumberFormat(locale).format(value));
  return {
    key,
    muted: value === 0,
    text: formatCount(value, locale),
    title: because.length === 0 ? title : `${title}: ${because.join(', ')}`,
  };
}

/** `2 no address on this channel` for each reason of one outcome, most frequent first. */
function reasons(outcomes: readonly StepOutcome[], outcome: string, words: CountWords, locale: string): string[] {
  return outcomes
    .filter((row) => row.outcome === outcome && row.reason !== null)
    .map((row) => `${new Intl.NumberFormat(locale).format(row.count)} ${words.reason(row.reason ?? '')}`);
}

/** A send step's figures: skipped messages beside the errors, both with their reasons in the tooltip. */
function messageEntries(step: StepStats, words: CountWords, locale: string): OverlayEntry[] {
  const outcomes = step.outcomes ?? [];
  if (outcomes.length === 0) return [entry('errors', step.errors, words.errors, locale)];
  const total = (outcome: string) =>
    outcomes.filter((row) => row.outcome === outcome).reduce((sum, row) => sum + row.count, 0);
  const deferred = total('deferred');
  return [
    entry('skipped', total('skipped'), words.skipped, locale, reasons(outcomes, 'skipped', words, locale)),
    // Only where the quiet hours held sends back: most steps never defer, and their cards stay short.
    ...(deferred === 0
      ? []
      : [entry('deferred', deferred, words.deferred, locale, reasons(outcomes, 'deferred', words, locale))]),
    entry('errors', step.errors, words.errors, locale, reasons(outcomes, 'failed', words, locale)),
  ];
}

/**
 * Badges for every node in `nodeIds` (entered · waiting · errors, skipped for steps that
 * wrote messages, and completed-here for steps whose open path ended journeys, with the reasons of skips and failures in the tooltips) and a pill for every edge (how many
 * left its source by its port). The server lists every step of the counted version, zeros included,
 * so a node without figures is not in that version (added to the draft since): it gets no badge.
 */
export function countOverlay(
  stats: readonly StepStats[],
  nodeIds: readonly string[],
  edges: readonly Pick<GraphEdge, 'id' | 'source' | 'sourceHandle'>[],
  words: CountWords,
  locale: string,
): CountOverlay {
  const byStep = new Map(stats.map((step) => [step.stepId, step]));
  const nodes = new Map<string, OverlayBadge>();
  for (const id of nodeIds) {
    const step = byStep.get(id);
    if (step === undefined) continue;
    nodes.set(id, {
      entries: [
        entry('entered', step.entered, words.entered, locale),
        entry('waiting', step.waiting, words.waiting, locale),
        ...messageEntries(step, words, locale),
        // Only where an open path ended journeys: End steps and wired steps keep their short cards.
        ...(step.ended ? [entry('ended', step.ended, words.ended, locale)] : []),
      ],
    });
  }
  const edgeBadges = new Map<string, OverlayBadge>();
  for (const edge of edges) {
    const source = byStep.get(edge.source);
    if (source === undefined) continue;
    const left = source.left[edge.sourceHandle] ?? 0;
    edgeBadges.set(edge.id, { entries: [entry('left', left, words.left, locale)] });
  }
  return { nodes, edges: edgeBadges };
}
