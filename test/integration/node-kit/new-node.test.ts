// `wayfarer new-node` end to end: the package it makes inside the checkout passes the repository's
// lint, typecheck and format check and its own tests as generated (a journey on the product), and
// resolves from a config file's folder like any installed node package.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NodeTypeListing } from '@wayfarer/nodes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const bin = (name: string): string => join(repoRoot, 'node_modules/.bin', name);

interface Run {
  code: number;
  output: string;
}

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

const wayfarer = (args: string[], cwd: string, env?: Record<string, string>) =>
  run(process.execPath, [join(repoRoot, 'scripts/wayfarer.mjs'), ...args], cwd, env);

describe('wayfarer new-node: the generated package as made', () => {
  // Inside the checkout (so @wayfarer/* resolve) and outside the workspace globs.
  const workdir = join(repoRoot, `new-node-${randomBytes(4).toString('hex')}`);
  const folder = join(workdir, 'crm-lookup');
  let configDir = '';

  beforeAll(async () => {
    await mkdir(workdir);
    const created = await wayfarer(['new-node', '@acme/crm-lookup'], workdir);
    expect(created.code, created.output).toBe(0);
  });
  afterAll(async () => {
    await rm(workdir, { recursive: true, force: true });
    if (configDir) await rm(configDir, { recursive: true, force: true });
  });

  it('is not written over: a second run exits 2 and names the folder', async () => {
    const again = await wayfarer(['new-node', '@acme/crm-lookup'], workdir);
    expect(again.code).toBe(2);
    expect(again.output).toContain(`${folder} already exists`);
  });

  // Type-aware lint and tsc check the whole product the test imports through the node kit (the
  // stack: server, worker, workflows): two to four minutes each on this shared two-core machine.
  const wholeProgram = { timeout: 600_000 };

  it('passes the repository’s lint and format check', wholeProgram, async () => {
    const lint = await run(bin('eslint'), ['src'], folder);
    expect(lint.code, lint.output).toBe(0);
    const format = await run(bin('prettier'), ['--check', '.'], folder);
    expect(format.code, format.output).toBe(0);
  });

  it('typechecks', wholeProgram, async () => {
    const typecheck = await run(bin('tsc'), ['-p', '.', '--noEmit'], folder);
    expect(typecheck.code, typecheck.output).toBe(0);
  });

  it('passes its own tests: a step and a journey on Postgres and time-skipping Temporal', async () => {
    const test = await run('npm', ['test'], folder, { NO_COLOR: '1', FORCE_COLOR: '0' });
    expect(test.code, test.output).toBe(0);
    expect(test.output).toMatch(/Tests\s+\S*4 passed/);
  });

  it('resolves from a config file’s folder: `wayfarer nodes` lists it with its package', async () => {
    configDir = await mkdtemp(join(tmpdir(), 'wayfarer-config-'));
    await mkdir(join(configDir, 'node_modules/@acme'), { recursive: true });
    await symlink(folder, join(configDir, 'node_modules/@acme/crm-lookup'), 'dir');
    const config = join(configDir, 'wayfarer.config.json');
    await writeFile(config, JSON.stringify({ nodePackages: ['@acme/crm-lookup'] }));

    const listed = await wayfarer(['nodes', '--json'], repoRoot, { WAYFARER_CONFIG: config });
    expect(listed.code, listed.output).toBe(0);
    const listing = JSON.parse(listed.output) as NodeTypeListing[];
    expect(listing.at(-1)).toMatchObject({
      type: 'acme.crm-lookup',
      category: 'custom',
      package: '@acme/crm-lookup',
      ports: ['out'],
      configSchema: { required: ['attribute', 'value'] },
    });
    const text = await wayfarer(['nodes'], repoRoot, { WAYFARER_CONFIG: config });
    expect(text.output).toMatch(/acme\.crm-lookup v1 +Crm lookup — @acme\/crm-lookup — ports: out/);
  });
});
