import { parseArgs } from 'node:util';
import { CliError } from './errors';

export const usage = `Usage: wayfarer <command> <file> [options]

Commands:
  validate <graph.json>   Check a journey; exit 1 and list the problems if it has any
  compile <graph.json>    Print the compiled journey (IR) as JSON on stdout
  import <customers.csv>  Upload a customer file (CSV or .xlsx) to a running server and import it
                          as a background job, printing its progress and outcome
  nodes                   List the registered node types (title, category, version, package, ports)
  new-node <name>         Create a node type package (spec, runtime, editor, test, README) in a new
                          folder, ./<name without its @scope/> unless --dir names one

Options:
  --json                  validate/compile: print problems (and the validate result) as JSON;
                          nodes: print the listing as JSON (what the API's nodeTypes.list returns)
  --dir <folder>          new-node: the folder to create (it must not exist)
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

export type Command =
  | { kind: 'help' }
  | { kind: 'validate' | 'compile'; file: string; json: boolean }
  | ImportCommand
  | { kind: 'nodes'; json: boolean }
  | { kind: 'new-node'; name: string; dir?: string };

const commands = ['validate', 'compile', 'import', 'nodes', 'new-node'] as const;
type CommandName = (typeof commands)[number];
const isCommand = (name: string): name is CommandName => (commands as readonly string[]).includes(name);

// Which command each option belongs to (--json is shared by validate, compile and nodes).
const optionOwners: Record<string, readonly CommandName[]> = {
  json: ['validate', 'compile', 'nodes'],
  map: ['import'],
  rejected: ['import'],
  url: ['import'],
  'api-key': ['import'],
  dir: ['new-node'],
};

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
  if (!isCommand(command)) throw new CliError('usage', `Unknown command "${command}".`);
  const misplaced = Object.keys(optionOwners).find(
    (name) => values[name as keyof typeof values] !== undefined && !optionOwners[name]?.includes(command),
  );
  if (misplaced !== undefined) {
    const owners = (optionOwners[misplaced] ?? []).map((owner) => `"${owner}"`).join(', ');
    throw new CliError('usage', `--${misplaced} is an option of ${owners}.`);
  }
  if (command === 'nodes') {
    if (file !== undefined) throw new CliError('usage', `Unexpected argument "${positionals.slice(1).join(' ')}".`);
    return { kind: 'nodes', json: values.json ?? false };
  }
  if (file === undefined) throw new CliError('usage', `"${command}" needs ${whatItNeeds[command]}.`);
  if (extra.length > 0) throw new CliError('usage', `Unexpected argument "${extra.join(' ')}".`);
  if (command === 'new-node')
    return { kind: 'new-node', name: file, ...(values.dir === undefined ? {} : { dir: values.dir }) };
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
  return { kind: command, file, json: values.json ?? false };
}

const whatItNeeds: Record<Exclude<CommandName, 'nodes'>, string> = {
  validate: 'the path of a journey JSON file',
  compile: 'the path of a journey JSON file',
  import: 'the path of a customer file',
  'new-node': 'the name of the package to create (e.g. @acme/crm-lookup)',
};

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
      dir: { type: 'string' },
    },
  });
}
