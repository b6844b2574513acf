import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

async function run(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: repoRoot,
    env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

describe('runCli argument handling', () => {
  it.each([
    [[], 'Missing command'],
    [['publish', 'x.json'], 'Unknown command "publish"'],
    [['validate'], '"validate" needs the path'],
    [['compile', 'a.json', 'b.json'], 'Unexpected argument "b.json"'],
    [['validate', '--yaml', 'a.json'], "Unknown option '--yaml'"],
    [['import'], '"import" needs the path of a customer file'],
    [['validate', 'a.json', '--map', 'map.json'], '--map is an option of "import"'],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('wayfarer --help');
  });

  it.each([['--help'], ['-h'], ['validate', '--help']])('%s prints usage and exits 0', async (...argv) => {
    const result = await run(argv);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Usage: wayfarer <command> <file> [options]');
  });

  it('accepts --json before or after the file', async () => {
    for (const argv of [
      ['validate', '--json', 'test/fixtures/journeys/six-step.json'],
      ['validate', 'test/fixtures/journeys/six-step.json', '--json'],
    ]) {
      const result = await run(argv);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({
        ok: true,
        steps: 7,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    }
  });

  it('resolves the file against the working directory', async () => {
    const result = await run(['validate', 'test/fixtures/journeys/welcome-purchase.json']);
    expect(result.code).toBe(0);
  });
});

describe('runCli configuration errors', () => {
  it('reports a broken wayfarer.config.json as a failure (exit 2), naming the file', async () => {
    const result = await run(['validate', 'test/fixtures/journeys/six-step.json'], {
      WAYFARER_CONFIG: 'no-such-dir/wayfarer.config.json',
    });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('wayfarer: Cannot read');
    expect(result.stderr).toContain('no-such-dir/wayfarer.config.json');
    expect(result.stderr).not.toContain('--help');
  });
});
