import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * A copy of the checkout as a fresh clone plus `npm install` would leave it: the files git knows
 * (committed or not, never ignored ones such as .data/), and every node_modules folder linked file
 * by file (`cp -al`: seconds, where a real `npm ci` takes a minute or more on this machine).
 */
export async function copyCheckout(target: string): Promise<string> {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  for (const file of listed.split('\0').filter(Boolean)) {
    const source = join(repoRoot, file);
    if (!existsSync(source)) continue; // deleted in the work tree
    await mkdir(dirname(join(target, file)), { recursive: true });
    await copyFile(source, join(target, file));
  }
  const workspaces = JSON.parse(execFileSync('npm', ['query', '.workspace'], { cwd: repoRoot, encoding: 'utf8' })) as {
    location: string;
  }[];
  for (const folder of ['', ...workspaces.map((workspace) => workspace.location)]) {
    const modules = join(repoRoot, folder, 'node_modules');
    if (existsSync(modules)) execFileSync('cp', ['-al', modules, join(target, folder, 'node_modules')]);
  }
  return target;
}

export interface RunningCommand {
  exited: Promise<number | null>;
  output(): string;
  /** Throws, with the output, when the command has already ended. */
  assertAlive(): void;
  /** SIGTERM to its process group, then waits for it to end. */
  stop(): Promise<void>;
}

/** Starts a command in a process group of its own, keeping what it prints. */
export function startCommand(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  let ended = false;
  void exited.then(() => (ended = true));
  return {
    exited,
    output: () => output,
    assertAlive: () => {
      if (ended) throw new Error(`${command} ${args.join(' ')} ended early:\n${output}`);
    },
    stop: async () => {
      if (!ended && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  } satisfies RunningCommand;
}
