// What every JSON document from outside (request bodies, journey graphs, Flex and webhook payloads
// written in a send node) must satisfy before anything walks it recursively or stores it: bounded
// nesting, and strings Postgres and every UTF-8 consumer accept. Refused, not repaired: a changed
// string is data the sender did not send (see docs/trust.md, "Robustness").

/** How deep a JSON document from outside may nest (objects and arrays). */
export const MAX_JSON_DEPTH = 64;

export type JsonProblemCode = 'nul_character' | 'lone_surrogate' | 'too_deep';

/** The first problem found in a document: what, and where (`properties.note`, `batch.3.traits`). */
export interface JsonProblem {
  code: JsonProblemCode;
  path: (string | number)[];
  message: string;
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const messages: Record<JsonProblemCode, string> = {
  nul_character: 'contains a NUL character (\\u0000), which cannot be stored',
  lone_surrogate: 'contains an unpaired UTF-16 surrogate, which is not valid Unicode',
  too_deep: `nests deeper than ${MAX_JSON_DEPTH} levels`,
};

/** What is wrong with one string, if anything. */
export function stringProblem(text: string): Exclude<JsonProblemCode, 'too_deep'> | undefined {
  if (text.includes('\u0000')) return 'nul_character';
  if (loneSurrogate.test(text)) return 'lone_surrogate';
  return undefined;
}

interface Visit {
  value: unknown;
  key: string | number | undefined;
  parent: Visit | undefined;
  depth: number;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

const problem = (code: JsonProblemCode, visit: Visit): JsonProblem => ({
  code,
  path: pathOf(visit),
  message: messages[code],
});

/**
 * The first problem of a parsed JSON value — too deep, or a string or key with a NUL character or
 * an unpaired surrogate — or undefined. Walks with its own stack, so no depth can overflow it.
 */
export function findJsonProblem(value: unknown, maxDepth: number = MAX_JSON_DEPTH): JsonProblem | undefined {
  const stack: Visit[] = [{ value, key: undefined, parent: undefined, depth: 0 }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const current = visit.value;
    if (typeof current === 'string') {
      const code = stringProblem(current);
      if (code !== undefined) return problem(code, visit);
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (visit.depth >= maxDepth) return problem('too_deep', visit);
    const entries: [string | number, unknown][] = Array.isArray(current)
      ? current.map((item, index) => [index, item])
      : Object.entries(current);
    // Reversed onto the stack, so problems are found in document order.
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, item] = entries[index] as [string | number, unknown];
      const child: Visit = { value: item, key, parent: visit, depth: visit.depth + 1 };
      const keyCode = typeof key === 'string' ? stringProblem(key) : undefined;
      if (keyCode !== undefined) return problem(keyCode, child);
      stack.push(child);
    }
  }
  return undefined;
}
