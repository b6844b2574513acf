import { ConfigError, findConfigFile, loadNodeRegistry, readWayfarerConfig } from '@wayfarer/config';
import { compileJourney, type Diagnostic } from '@wayfarer/journey';
import { parseCommand, usage } from './args';
import { CliError, exitCodes } from './errors';
import { formatProblems } from './format-problems';
import { runImport } from './import/import-command';
import { runNewNode } from './new-node/new-node-command';
import { runNodes } from './nodes-command';
import { readGraph } from './read-graph';

/** What the CLI touches of its process, passed in so tests and other hosts can supply their own. */
export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    const failure = asCliError(error);
    if (failure === undefined) throw error;
    io.stderr.write(`wayfarer: ${failure.message}\n`);
    if (failure.code === 'usage') io.stderr.write(`Run "wayfarer --help" for usage.\n`);
    return exitCodes.failure;
  }
}

// The one place other packages' errors become the CLI's: a broken configuration exits 2.
function asCliError(error: unknown): CliError | undefined {
  if (error instanceof CliError) return error;
  if (error instanceof ConfigError) return new CliError('config', error.message);
  return undefined;
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCommand(argv);
  if (command.kind === 'help') {
    io.stdout.write(`${usage}\n`);
    return exitCodes.ok;
  }
  if (command.kind === 'import') return runImport(command, io);
  if (command.kind === 'nodes') return runNodes(command, io);
  if (command.kind === 'new-node') return runNewNode(command, io);
  const graph = await readGraph(command.file, io.cwd);
  const registry = await loadNodeRegistry(readWayfarerConfig(findConfigFile(io.cwd, io.env)));
  const result = compileJourney(graph, registry);
  if (!result.ok) {
    reportProblems(command.file, result.problems, command.json, io);
    return exitCodes.problems;
  }
  const ir = result.value;
  if (command.kind === 'compile') {
    io.stdout.write(`${JSON.stringify(ir, null, 2)}\n`);
  } else if (command.json) {
    io.stdout.write(`${JSON.stringify({ ok: true, hash: ir.hash, steps: Object.keys(ir.steps).length })}\n`);
  } else {
    io.stdout.write(
      `✓ ${command.file}: valid journey (${Object.keys(ir.steps).length} steps, hash ${ir.hash.slice(0, 12)})\n`,
    );
  }
  return exitCodes.ok;
}

function reportProblems(file: string, problems: readonly Diagnostic[], json: boolean, io: CliIo): void {
  if (json) io.stdout.write(`${JSON.stringify({ ok: false, problems }, null, 2)}\n`);
  else io.stderr.write(`${formatProblems(file, problems)}\n`);
}
