// bench/results.json: per group, when it last ran and its figures, or the error that stopped it.
// A run replaces the entries of the groups it ran and keeps the others', so `--only=` runs add up.
import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';

export type GroupOutcome = { at: string; figures: Record<string, number> } | { at: string; error: string };

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

export function writeResults(path: string, outcomes: Record<string, GroupOutcome>): void {
  const file: ResultsFile = { machine: describeMachine(), groups: { ...previous(path), ...outcomes } };
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
}
