import { parseArgs } from 'node:util';
import { CliError } from './errors';

export const usage = `Usage: wayfarer <command> <graph.json> [--json]

Commands:
  validate <graph.json>   Check a journey; exit 1 and list the problems if it has any
  compile <graph.json>    Print the compiled journey (IR) as JSON on stdout

Options:
  --json                  Print problems (and the validate result) as JSON on stdout
  -h, --help              Show this help

Node types: the built-ins plus the packages in wayfarer.config.json ("nodePackages"), found by
walking up from the current directory, or at the path in WAYFARER_CONFIG.
Exit codes: 0 ok, 1 the journey has problems, 2 usage, file or configuration error.`;

export type Command = { kind: 'help' } | { kind: 'validate' | 'compile'; file: string; json: boolean };

/** Reads the command line; throws a usage CliError on anything it does not understand. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    throw new CliError('usage', error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, file, ...extra] = positionals;
  if (command === undefined) throw new CliError('usage', 'Missing command.');
  if (command !== 'validate' && command !== 'compile') throw new CliError('usage', `Unknown command "${command}".`);
  if (file === undefined) throw new CliError('usage', `"${command}" needs the path of a journey JSON file.`);
  if (extra.length > 0) throw new CliError('usage', `Unexpected argument "${extra.join(' ')}".`);
  return { kind: command, file, json: values.json ?? false };
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
}
