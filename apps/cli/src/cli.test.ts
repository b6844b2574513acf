// Runs the real `wayfarer` launcher as a child process over the shared journey fixtures.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const launcher = join(repoRoot, 'scripts/wayfarer.mjs');
const fixture = (name: string): string => join(repoRoot, 'test/fixtures/journeys', name);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function wayfarer(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env?.WAYFARER_CONFIG) delete env.WAYFARER_CONFIG;
  return new Promise((resolve) => {
    execFile(process.execPath, [launcher, ...args], { cwd: options.cwd ?? repoRoot, env }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

// Every test starts Node processes (tsx compiles the CLI on each start): seconds each on a busy
// machine, more than the unit project's 5 s default allows for the tests that start two.
vi.setConfig({ testTimeout: 30_000 });

let scratch = '';
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wayfarer-cli-'));
  const stampJourney = {
    nodes: [
      { id: 'visit', type: 'core.trigger.event', data: { config: { event: 'store_visit' } } },
      { id: 'stamp', type: 'example.stamp-card', data: { typeVersion: 1, config: { card: 'coffee', stamps: 5 } } },
      { id: 'end', type: 'core.end' },
    ],
    edges: [
      { id: 'a', source: 'visit', target: 'stamp' },
      { id: 'b', source: 'stamp', sourceHandle: 'stamped', target: 'end' },
      { id: 'c', source: 'stamp', sourceHandle: 'card_full', target: 'end' },
    ],
  };
  await writeFile(join(scratch, 'stamp.json'), JSON.stringify(stampJourney));
  await writeFile(join(scratch, 'broken.json'), '{ "nodes": [');
  await writeFile(join(scratch, 'builtins-only.json'), JSON.stringify({ nodePackages: [] }));
  await writeFile(join(scratch, 'missing-package.json'), JSON.stringify({ nodePackages: ['@wayfarer/no-such-nodes'] }));
});
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('wayfarer validate', () => {
  it('exits 0 on a valid journey and says so on stdout', async () => {
    const run = await wayfarer(['validate', fixture('welcome-purchase.json')]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/✓ .*welcome-purchase\.json: valid journey \(9 steps, hash [0-9a-f]{12}\)/);
  });

  it('exits 1 and lists every problem, human readable, on stderr', async () => {
    const run = await wayfarer(['validate', fixture('invalid.json')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('invalid.json: 5 problems');
    for (const code of ['invalid_config', 'unknown_node_type', 'duplicate_edge', 'missing_edge', 'unreachable_node']) {
      expect(run.stderr).toContain(code);
    }
    expect(run.stderr).toContain('duration.amount');
  });

  it('--json prints problems as JSON on stdout', async () => {
    const run = await wayfarer(['validate', '--json', fixture('invalid.json')]);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout) as { ok: boolean; problems: { code: string; nodeId?: string }[] };
    expect(output.ok).toBe(false);
    expect(output.problems.map((problem) => `${problem.code}:${problem.nodeId ?? ''}`).sort()).toEqual([
      'duplicate_edge:tag',
      'invalid_config:pause',
      'missing_edge:again',
      'unknown_node_type:erp',
      'unreachable_node:orphan',
    ]);
  });
});

describe('wayfarer compile', () => {
  it('prints the IR on stdout, the same as the golden compiled fixture', async () => {
    const run = await wayfarer(['compile', fixture('six-step.json')]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const golden: unknown = JSON.parse(await readFile(fixture('compiled/six-step.ir.json'), 'utf8'));
    expect(JSON.parse(run.stdout)).toEqual(golden);
  });

  it('exits 1 without printing an IR when the journey has problems', async () => {
    const run = await wayfarer(['compile', fixture('invalid.json'), '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false });
  });
});

describe('node packages from wayfarer.config.json', () => {
  it('finds the repository config by walking up from a subdirectory and loads its packages', async () => {
    const run = await wayfarer(['validate', join(scratch, 'stamp.json')], {
      cwd: join(repoRoot, 'packages/journey/src'),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('uses WAYFARER_CONFIG when set: without the example package its node type is unknown', async () => {
    const run = await wayfarer(['validate', '--json', join(scratch, 'stamp.json')], {
      env: { WAYFARER_CONFIG: join(scratch, 'builtins-only.json') },
    });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ problems: [{ code: 'unknown_node_type', nodeId: 'stamp' }] });
  });

  it('exits 2 when a configured package cannot be loaded', async () => {
    const run = await wayfarer(['validate', fixture('six-step.json')], {
      env: { WAYFARER_CONFIG: join(scratch, 'missing-package.json') },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('@wayfarer/no-such-nodes');
  });
});

// Argument parsing is covered in-process by run-cli.test.ts; here one of each exit path.
describe('usage and I/O errors exit 2', () => {
  it('a bad command line', async () => {
    const run = await wayfarer(['publish', 'x.json']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain('Unknown command "publish"');
  });

  it('a missing file or a file that is not JSON', async () => {
    const missing = await wayfarer(['validate', join(scratch, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const broken = await wayfarer(['compile', join(scratch, 'broken.json')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('not valid JSON');
  });
});
