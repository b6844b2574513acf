import type { z } from 'zod';
import type { Diagnostic } from '@wayfarer/journey';
import type { Locale } from '../../../app/i18n';
import { authoredMessage, localizedErrorMap } from './zod-messages';

/** One problem with one field, `path` dotted (`conditions.0.tag`); '' is the config as a whole. */
export interface FieldError {
  path: string;
  message: string;
  source: 'schema' | 'compiler';
}

export interface ConfigCheck {
  /** The parsed config when it is valid (ports are derived from it). */
  parsed: { ok: true; data: unknown } | { ok: false };
  errors: FieldError[];
}

/** Joins a zod issue path the way the compiler does: `['conditions', 0, 'tag']` → `conditions.0.tag`. */
export function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Validates a config against its schema, messages in the UI language. */
export function checkConfig(schema: z.ZodType, config: unknown, locale: Locale): ConfigCheck {
  const result = schema.safeParse(config, { error: localizedErrorMap(locale) });
  if (result.success) return { parsed: { ok: true, data: result.data }, errors: [] };
  return {
    parsed: { ok: false },
    errors: result.error.issues.map((issue) => ({
      path: joinPath(issue.path),
      message: authoredMessage(issue.message, locale),
      source: 'schema' as const,
    })),
  };
}

// The compiler's messages name the node and path for the problems list ('Node "n1" (core.send):
// body: …'); beside the field itself that prefix is noise.
function fieldMessage(problem: Diagnostic): string {
  const withoutNode = problem.message.replace(/^Node "[^"]*" \([^)]*\): /, '');
  const path = problem.path || 'config';
  return withoutNode.startsWith(`${path}: `) ? withoutNode.slice(path.length + 2) : withoutNode;
}

/**
 * The errors to show: the local check's, plus the compiler's `invalid_config` problems at paths the
 * local check has nothing to say about. When the local check passes, the compiler's are stale (it
 * validated an earlier edit with the same schema) and are dropped.
 */
export function mergeErrors(check: ConfigCheck, problems: readonly Diagnostic[]): FieldError[] {
  if (check.parsed.ok) return [];
  const localPaths = new Set(check.errors.map((error) => error.path));
  const compiler = problems
    .filter((problem) => problem.code === 'invalid_config' && !localPaths.has(problem.path ?? ''))
    .map((problem) => ({ path: problem.path ?? '', message: fieldMessage(problem), source: 'compiler' as const }));
  const seen = new Set<string>();
  return [...check.errors, ...compiler].filter((error) => {
    const key = `${error.path}\u0000${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Errors grouped by the path of the field that shows them: an error's own path when the form has
 * a field there, else its nearest ancestor that it has (an item of a tag list shows on the list),
 * else the form as a whole ('').
 */
export function placeErrors(errors: readonly FieldError[], rendered: ReadonlySet<string>): Map<string, FieldError[]> {
  const placed = new Map<string, FieldError[]>();
  for (const error of errors) {
    let at = error.path;
    while (at !== '' && !rendered.has(at)) at = at.includes('.') ? at.slice(0, at.lastIndexOf('.')) : '';
    placed.set(at, [...(placed.get(at) ?? []), error]);
  }
  return placed;
}
