import { Liquid, type FS } from 'liquidjs';

/**
 * Top-level variables a send template may use: the customer, the entry event, earlier steps' outputs,
 * the time, and the points leaderboard (loaded only for templates that name it).
 */
export const templateVariables = ['customer', 'event', 'steps', 'now', 'leaderboard'] as const;

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
  });
}

const checker = createTemplateEngine();
const includeTag = /{%-?\s*(include|render|layout)\b/;

// Every autosave and publish compiles the whole journey, and its templates rarely change between
// two of them: parsing is the dear part of checking one, so answers are remembered (a bounded map;
// the oldest entry goes first).
const checked = new Map<string, readonly string[]>();
const CHECKED_LIMIT = 2_000;

/**
 * Problems with a template found without rendering it: syntax errors, unknown filters, and
 * top-level variables other than {@link templateVariables}. Empty when it is fine.
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
