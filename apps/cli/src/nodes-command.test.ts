import { fileURLToPath } from 'node:url';
import { loadNodeRegistry } from '@wayfarer/config';
import { listNodeTypes } from '@wayfarer/nodes';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

async function nodes(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['nodes', ...argv], {
    cwd: repoRoot,
    env: {},
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

describe('wayfarer nodes', () => {
  it('--json prints what nodeTypes.list returns, config JSON Schemas included', async () => {
    const run = await nodes(['--json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const listing = JSON.parse(run.stdout) as unknown;
    expect(listing).toEqual(JSON.parse(JSON.stringify(listNodeTypes(await loadNodeRegistry()))));
    expect(listing).toContainEqual(
      expect.objectContaining({
        type: 'example.stamp-card',
        package: '@wayfarer/node-example',
        configSchema: expect.objectContaining({ required: ['card'] }),
      }),
    );
  });

  it('lists each type under its category with version, title, package and ports', async () => {
    const run = await nodes([]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Triggers');
    expect(lines.indexOf('Custom')).toBeGreaterThan(lines.indexOf('Rewards'));
    expect(run.stdout).toMatch(
      /^ {2}example\.stamp-card v2 +Stamp card — @wayfarer\/node-example — ports: stamped, card_full$/m,
    );
    expect(run.stdout).toMatch(/^ {2}core\.send v\d+ +.+ — @wayfarer\/nodes — ports: sent, skipped, failed$/m);
  });

  it('takes no file, and --json is its only option', async () => {
    expect((await nodes(['x.json'])).stderr).toContain('Unexpected argument "x.json"');
    expect((await nodes(['--dir', 'x'])).stderr).toContain('--dir is an option of "new-node"');
  });
});
