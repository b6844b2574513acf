// bench/results.json: per group, when it last ran and its figures, or the error that stopped it.
// A run replaces the entries of the groups it ran and keeps the others', so `--only=` runs add up.
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';

/** When the group ran, the machine's 1-minute load average as it ended (2 or more on 2 cores: contended), and its figures or error. */
export type GroupOutcome = { at: string; load: number } & ({ figures: Record<string, number> } | { error: string });

export interface ResultsFile {
  /** The machine of the latest run. */
  machine: string;
  groups: Record<string, GroupOutcome>;
}

/** Cores, processor and memory: the figures mean little without them. */
export function describeMachine(): string {
  const processors = cpus();
  const memoryGiB = Math.round(totalmem() / 2 ** 30);
  return `${processors.length} × ${processors[0]?.model.trim() ?? 'unknown CPU'}, ${memoryGiB} GiB, Node ${process.version}`;
}

function previous(path: string): ResultsFile['groups'] {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<ResultsFile>;
    return typeof parsed.groups === 'object' && parsed.groups !== null ? parsed.groups : {};
  } catch {
    return {}; // absent, or written by an older version: start afresh
  }
}

/** The machine's 1-minute load average now, rounded. */
export function currentLoad(): number {
  return Math.round((loadavg()[0] ?? 0) * 10) / 10;
}

export function writeResults(path: string, outcomes: Record<string, GroupOutcome>): void {
  const file: ResultsFile = { machine: describeMachine(), groups: { ...previous(path), ...outcomes } };
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
}
