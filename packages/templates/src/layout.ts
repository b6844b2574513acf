// Small builders for template graphs. Nodes sit on a grid read left → right (a column per step,
// rows for parallel paths), so a journey opened from a template is readable without re-arranging.
import type { JourneyGraphInput } from '@wayfarer/journey';
import type { Locale, LocalizedText } from '@wayfarer/nodes';

type NodeInput = JourneyGraphInput['nodes'][number];
type EdgeInput = NonNullable<JourneyGraphInput['edges']>[number];

/** Horizontal distance between columns and vertical distance between rows, in editor pixels. */
export const COLUMN_WIDTH = 300;
export const ROW_HEIGHT = 180;

/** A node at grid cell (column, row); row 0 is the main path, negative rows above it. */
export function node(
  id: string,
  type: string,
  cell: readonly [number, number],
  config: unknown,
  label?: string,
): NodeInput {
  const [column, row] = cell;
  return {
    id,
    type,
    position: { x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT },
    data: { config, typeVersion: 1, ...(label === undefined ? {} : { label }) },
  };
}

/** An edge leaving `source` from `port` (default `out`). */
export function edge(source: string, target: string, port = 'out'): EdgeInput {
  return { id: `${source}--${port}--${target}`, source, sourceHandle: port, target };
}

/** The texts of one template, read in one language: `const t = localize(copy, locale); t('welcome')`. */
export function localize<TKey extends string>(
  copy: Readonly<Record<TKey, LocalizedText>>,
  locale: Locale,
): (key: TKey) => string {
  return (key) => copy[key][locale];
}

const DAY_MS = 86_400_000;

/** Days as milliseconds, for goal windows. */
export function days(count: number): number {
  return count * DAY_MS;
}
