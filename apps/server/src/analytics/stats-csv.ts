// Node stats as a spreadsheet: one row per node, one `left:<port>` column per port seen, and the
// messages the node wrote: `sent`, then `skipped:<reason>` and `failed:<reason>` for each reason seen.
import { stringify } from 'csv-stringify/sync';
import type { NodeStat } from './node-stats';

/** What a row says about its node besides the counts. */
export interface NodeLabel {
  type: string;
  title: string;
}

const FIXED_COLUMNS = ['step_id', 'node_type', 'node_title', 'entered', 'waiting', 'errors'];

/** `sent`, or `skipped:no_address`: the column of one message outcome. */
function outcomeColumn(outcome: NodeStat['outcomes'][number]): string {
  return outcome.reason === null ? outcome.outcome : `${outcome.outcome}:${outcome.reason}`;
}

function outcomeCount(node: NodeStat, column: string): number {
  return node.outcomes.filter((outcome) => outcomeColumn(outcome) === column).reduce((sum, o) => sum + o.count, 0);
}

/**
 * The CSV text (header first); ports and outcomes are ordered by name so exports are stable. A text cell that a
 * spreadsheet would run as a formula (`= + - @`, tab, CR, and their full-width forms) is written
 * with a leading `'` (csv-stringify's `escape_formulas`); numbers stay numbers.
 */
export function nodeStatsCsv(nodes: readonly NodeStat[], labels: ReadonlyMap<string, NodeLabel>): string {
  const ports = [...new Set(nodes.flatMap((node) => Object.keys(node.left)))].sort();
  const outcomes = [...new Set(nodes.flatMap((node) => node.outcomes.map(outcomeColumn)))].sort();
  const header = [...FIXED_COLUMNS, ...ports.map((port) => `left:${port}`), ...outcomes];
  const rows = nodes.map((node) => {
    const label = labels.get(node.stepId);
    return [
      node.stepId,
      label?.type ?? '',
      label?.title ?? '',
      node.entered,
      node.waiting,
      node.errors,
      ...ports.map((port) => node.left[port] ?? 0),
      ...outcomes.map((column) => outcomeCount(node, column)),
    ];
  });
  return stringify([header, ...rows], { escape_formulas: true });
}

/** `<journey name>-stats.csv`, reduced to characters every file system and header accepts. */
export function statsCsvFilename(journeyName: string): string {
  const base = journeyName
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base === '' ? 'journey' : base}-stats.csv`;
}
