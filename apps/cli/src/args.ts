import { parseArgs } from 'node:util';
import { CliError } from './errors';

export const usage = `Usage: wayfarer <command> <file> [options]

Commands:
  validate <graph.json>   Check a journey; exit 1 and list the problems if it has any
  compile <graph.json>    Print the compiled journey (IR) as JSON on stdout
  import <customers.csv>  Upload a customer file (CSV or .xlsx) to a running server and import it
                          as a background job, printing its progress and outcome

Options:
  --json                  validate/compile: print problems (and the validate result) as JSON
  --map <map.json>        import: which column is what (docs/import-jobs.md); without it the
                          mapping suggested from the header is used and printed
  --rejected <out.csv>    import: write the rejected rows, with why, to this file
  --url <url>             import: the server (default: WAYFARER_URL, else http://localhost:3000)
  --api-key <key>         import: an API key of the workspace (default: WAYFARER_API_KEY)
  -h, --help              Show this help

Node types: the built-ins plus the packages in wayfarer.config.json ("nodePackages"), found by
walking up from the current directory, or at the path in WAYFARER_CONFIG.
Exit codes: 0 ok, 1 the journey has problems / the import rejected rows, 2 usage, file,
configuration or server error (an import that failed or was cancelled included).`;

export interface ImportCommand {
  kind: 'import';
  file: string;
  map?: string;
  rejected?: string;
  url?: string;
  apiKey?: string;
}

export type Command = { kind: 'help' } | { kind: 'validate' | 'compile'; file: string; json: boolean } | ImportCommand;

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
  if (command !== 'validate' && command !== 'compile' && command !== 'import') {
    throw new CliError('usage', `Unknown command "${command}".`);
  }
  if (file === undefined) {
    throw new CliError(
      'usage',
      `"${command}" needs the path of a ${command === 'import' ? 'customer file' : 'journey JSON file'}.`,
    );
  }
  if (extra.length > 0) throw new CliError('usage', `Unexpected argument "${extra.join(' ')}".`);
  const importOnly = (['map', 'rejected', 'url', 'api-key'] as const).filter((name) => values[name] !== undefined);
  if (command === 'import') {
    return {
      kind: 'import',
      file,
      ...(values.map === undefined ? {} : { map: values.map }),
      ...(values.rejected === undefined ? {} : { rejected: values.rejected }),
      ...(values.url === undefined ? {} : { url: values.url }),
      ...(values['api-key'] === undefined ? {} : { apiKey: values['api-key'] }),
    };
  }
  if (importOnly.length > 0) throw new CliError('usage', `--${importOnly[0]} is an option of "import".`);
  return { kind: command, file, json: values.json ?? false };
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      map: { type: 'string' },
      rejected: { type: 'string' },
      url: { type: 'string' },
      'api-key': { type: 'string' },
    },
  });
}
