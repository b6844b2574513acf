import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from './errors';

/** Reads and parses a journey JSON file; the compiler validates its shape. */
export async function readGraph(file: string, cwd: string): Promise<unknown> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError('io', `Cannot read ${file}: ${describe(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError('io', `${file} is not valid JSON: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 'no such file';
  return error instanceof Error ? error.message : String(error);
}
