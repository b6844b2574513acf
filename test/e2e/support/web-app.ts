// Builds the web app with its own build script (Vite) into a private folder, so a test run never
// serves (or deletes) the apps/web/dist another process is using. Shared with the editor benchmark.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface BuiltWebApp {
  /** Folder holding index.html and assets/, to pass as the server's `webRoot`. */
  root: string;
  remove(): void;
}

/** Runs `npm run build -w @wayfarer/web` into a fresh folder under .cache/; rejects with Vite's output on failure. */
export async function buildWebApp(): Promise<BuiltWebApp> {
  mkdirSync(join(repoRoot, '.cache'), { recursive: true });
  const root = mkdtempSync(join(repoRoot, '.cache', 'e2e-web-'));
  const args = ['run', 'build', '-w', '@wayfarer/web', '--', '--outDir', root, '--emptyOutDir', '--logLevel', 'warn'];
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn('npm', args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  const remove = () => rmSync(root, { recursive: true, force: true });
  if (code !== 0) {
    remove();
    throw new Error(`Building the web app failed (npm ${args.join(' ')} exited ${code}):\n${output.join('')}`);
  }
  return { root, remove };
}
