import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

// A pretend checkout: new-node needs a workspace root above the folder it creates.
let root = '';
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'wayfarer-new-node-'));
  await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'checkout', workspaces: ['packages/*'] }));
  await writeFile(join(root, '.prettierrc'), JSON.stringify({ singleQuote: true, printWidth: 120 }));
});
afterEach(async () => rm(root, { recursive: true, force: true }));

async function newNode(argv: string[], cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['new-node', ...argv], {
    cwd,
    env: {},
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

describe('wayfarer new-node', () => {
  it('creates ./<name without scope> with the exports map, sources, test and README', async () => {
    const run = await newNode(['@acme/crm-lookup']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('node type acme.crm-lookup');
    const folder = join(root, 'crm-lookup');
    expect((await readdir(join(folder, 'src'))).sort()).toEqual([
      'crm-lookup.stack.test.ts',
      'editor.ts',
      'index.ts',
      'runtime.ts',
    ]);
    const manifest = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: '@acme/crm-lookup',
      exports: { '.': './src/index.ts', './runtime': './src/runtime.ts', './editor': './src/editor.ts' },
      scripts: { test: 'vitest run --root .. --project unit --project integration crm-lookup/src/' },
    });
    expect(JSON.parse(await readFile(join(folder, 'tsconfig.json'), 'utf8'))).toEqual({
      extends: '../tsconfig.base.json',
      include: ['src'],
    });
    expect(await readFile(join(folder, 'src/index.ts'), 'utf8')).toContain("type: 'acme.crm-lookup'");
    expect(await readFile(join(folder, 'README.md'), 'utf8')).toContain('"nodePackages": ["@acme/crm-lookup"]');
  });

  it('writes into --dir, relative to the working directory; an unscoped type is custom.<name>', async () => {
    expect((await newNode(['loyalty-sync', '--dir', 'packages/sync'])).code).toBe(0);
    const spec = await readFile(join(root, 'packages/sync/src/index.ts'), 'utf8');
    expect(spec).toContain("type: 'custom.loyalty-sync'");
    expect(spec).toContain('export const loyaltySyncNode = defineNodeType(');
  });

  it('refuses an existing folder (exit 2) and leaves it as it was', async () => {
    await writeFile(join(root, 'mine.txt'), 'keep');
    const run = await newNode(['@acme/x', '--dir', '.']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('already exists; new-node writes only into a new folder');
    expect((await readdir(root)).sort()).toEqual(['.prettierrc', 'mine.txt', 'package.json']);
  });

  it.each([
    ['Acme-Nodes', 'can no longer contain capital letters'],
    ['@acme/', 'name can only contain URL-friendly characters'],
    ['.hidden', 'name cannot start with a period'],
    ['has space', 'name can only contain URL-friendly characters'],
  ])('refuses the package name %j with npm’s reason (exit 2)', async (name, reason) => {
    const run = await newNode([name]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`"${name}" is not a valid npm package name`);
    expect(run.stderr).toContain(reason);
    expect((await readdir(root)).sort()).toEqual(['.prettierrc', 'package.json']);
  });

  it('needs a checkout above the folder', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'wayfarer-outside-'));
    try {
      const run = await newNode(['@acme/y'], outside);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('new-node makes a package inside a Wayfarer checkout');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
