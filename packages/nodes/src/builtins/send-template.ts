import { Liquid, type FS } from 'liquidjs';

/**
 * Top-level variables a send template may use: the customer, the entry event, earlier steps' outputs,
 * the time, and the points leaderboard (loaded only for templates that name it).
 */
export const templateVariables = ['customer', 'event', 'steps', 'now', 'leaderboard'] as const;

/**
 * What writing one message may cost (denial of service by template): Liquid's own limits per
 * render, a time budget and an output cap for the whole message (all its fields and JSON strings),
 * and the largest literal loop bound publishing accepts. Over any of them the send fails with
 * `render_limit`; see docs/trust.md.
 */
export const templateLimits = {
  /** Rendering time for one whole message (all its templates), in ms. */
  renderMs: 1_000,
  /** Liquid's memoryLimit per render: characters and array items it may allocate. */
  memory: 10_000_000,
  /** Liquid's parseLimit: characters of template parsed at once (the largest field is 100,000). */
  parseChars: 200_000,
  /** Characters one message may come to, all fields together. */
  outputChars: 512 * 1024,
  /** Iterations a `for` / `tablerow` over a literal range `(a..b)` may have. */
  loopIterations: 1_000,
} as const;

// Templates never read files: `include`/`render`/`layout` find nothing and fail like an unknown file.
export const noFiles: FS = {
  exists: () => Promise.resolve(false),
  existsSync: () => false,
  readFile: (file) => Promise.reject(new Error(`Templates cannot include files ("${file}").`)),
  readFileSync: (file) => {
    throw new Error(`Templates cannot include files ("${file}").`);
  },
  resolve: (_root, file) => file,
};

/**
 * The Liquid engine of message templates: strict (an unknown variable or filter is an error, not
 * an empty string; `default` and `if` may still test a missing value), sandboxed (own properties
 * only, no file system).
 */
export function createTemplateEngine(): Liquid {
  return new Liquid({
    strictVariables: true,
    strictFilters: true,
    lenientIf: true,
    ownPropertyOnly: true,
    fs: noFiles,
    relativeReference: false,
    root: [],
    partials: [],
    layouts: [],
    cache: 500,
    renderLimit: templateLimits.renderMs,
    memoryLimit: templateLimits.memory,
    parseLimit: templateLimits.parseChars,
  });
}

const checker = createTemplateEngine();
const includeTag = /{%-?\s*(include|render|layout)\b/;
const literalLoop = /{%-?\s*(?:for|tablerow)\s+[\w-]+\s+in\s+\(\s*(-?\d+)\s*\.\.\s*(-?\d+)\s*\)/g;

/** Loops over a literal range longer than {@link templateLimits}.loopIterations. */
function loopProblems(source: string): string[] {
  return [...source.matchAll(literalLoop)].flatMap(([loop = '', low = '0', high = '0']) => {
    const iterations = Number(high) - Number(low) + 1;
    if (iterations <= templateLimits.loopIterations) return [];
    const max = templateLimits.loopIterations.toLocaleString('en');
    return [`"${loop.trim()}…" repeats ${iterations.toLocaleString('en')} times; a loop may repeat at most ${max}`];
  });
}

// Every autosave and publish compiles the whole journey, and its templates rarely change between
// two of them: parsing is the dear part of checking one, so answers are remembered (a bounded map;
// the oldest entry goes first).
const checked = new Map<string, readonly string[]>();
const CHECKED_LIMIT = 2_000;

/**
 * Problems with a template found without rendering it: syntax errors, unknown filters, top-level
 * variables other than {@link templateVariables}, loops over a literal range that is too long.
 * Empty when it is fine.
 */
export function checkTemplate(source: string): string[] {
  const known = checked.get(source);
  if (known !== undefined) return [...known];
  const problems = templateProblems(source);
  if (checked.size >= CHECKED_LIMIT) checked.delete(checked.keys().next().value as string);
  checked.set(source, problems);
  return [...problems];
}

function templateProblems(source: string): string[] {
  if (includeTag.test(source)) return ['templates cannot include other files (include, render, layout)'];
  const loops = loopProblems(source);
  if (loops.length > 0) return loops;
  try {
    const parsed = checker.parse(source);
    const allowed: readonly string[] = templateVariables;
    const unknown = checker.globalVariablesSync(parsed, { partials: false }).filter((name) => !allowed.includes(name));
    return unknown.map(
      (name) => `unknown variable "${name}" (use ${templateVariables.map((variable) => `${variable}.…`).join(', ')})`,
    );
  } catch (error) {
    return [`template error: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/** The string leaves of a JSON value, each with its path (Flex and webhook payloads template their strings). */
export function jsonStrings(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => jsonStrings(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => jsonStrings(item, [...path, key]));
  }
  return [];
}

/**
 * Customer fields every customer has (`customer.tier` is null below every tier, which renders
 * empty): a template may show them without a fallback. Any other `customer.<attribute>` may be
 * missing for some customers, and a strict template then fails for them.
 */
export const alwaysPresentCustomerFields: readonly string[] = [
  'id',
  'attributes',
  'tags',
  'points',
  'points_balance',
  'tier',
  'locale',
  'timezone',
];

function offsetOf(source: string, row: number, col: number): number {
  let offset = 0;
  for (let line = 1; line < row; line++) offset = source.indexOf('\n', offset) + 1;
  return offset + col - 1;
}

/** The `{{ … }}` output tag around `offset`, or undefined when the offset is inside a `{% … %}` tag or text. */
function outputAround(source: string, offset: number): string | undefined {
  const open = source.lastIndexOf('{{', offset);
  if (open < 0 || source.lastIndexOf('}}', offset) > open || source.lastIndexOf('{%', offset) > open) return undefined;
  const close = source.indexOf('}}', offset);
  return close < 0 ? undefined : source.slice(open, close + 2);
}

/**
 * Customer attributes a template prints with no fallback (`{{ customer.name }}` rather than
 * `{{ customer.name | default: "there" }}`): customers without them would get no message. Tests in
 * `{% if %}` are not counted (they may test a missing value). Empty for a template that does not parse.
 */
export function unguardedCustomerAttributes(source: string): string[] {
  let analysis: ReturnType<Liquid['analyzeSync']>;
  try {
    analysis = checker.analyzeSync(checker.parse(source), { partials: false });
  } catch {
    return [];
  }
  const found = new Set<string>();
  for (const variable of analysis.globals['customer'] ?? []) {
    const attribute = variable.segments[1];
    if (typeof attribute !== 'string' || alwaysPresentCustomerFields.includes(attribute)) continue;
    const output = outputAround(source, offsetOf(source, variable.location.row, variable.location.col));
    if (output !== undefined && !/\|\s*default\b/.test(output)) found.add(attribute);
  }
  return [...found];
}
