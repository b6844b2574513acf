// Node stats as a spreadsheet: one row per node, one `left:<port>` column per port seen.
import { stringify } from 'csv-stringify/sync';
import type { NodeStat } from './node-stats';

/** What a row says about its node besides the counts. */
export interface NodeLabel {
  type: string;
  title: string;
}

const FIXED_COLUMNS = ['step_id', 'node_type', 'node_title', 'entered', 'waiting', 'errors'];

/**
 * The CSV text (header first); ports are ordered by name so exports are stable. A text cell that a
 * spreadsheet would run as a formula (`= + - @`, tab, CR, and their full-width forms) is written
 * with a leading `'` (csv-stringify's `escape_formulas`); numbers stay numbers.
 */
export function nodeStatsCsv(nodes: readonly NodeStat[], labels: ReadonlyMap<string, NodeLabel>): string {
  const ports = [...new Set(nodes.flatMap((node) => Object.keys(node.left)))].sort();
  const header = [...FIXED_COLUMNS, ...ports.map((port) => `left:${port}`)];
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
