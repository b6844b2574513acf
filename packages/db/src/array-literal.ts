// Array parameters of the set-based statements (an import batch sends tens of thousands of
// elements) written as Postgres array literals by JSON.stringify, which is native: the driver's own
// serialiser escapes element by element in JavaScript, about a tenth of an import's worker CPU.
// A JSON string escapes `"` and `\` exactly as an array literal's quoted element does; it differs
// only for control characters and lone surrogates (JSON's \n, \uXXXX), so arrays holding one of
// those are left to the driver.

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const jsonOnlyEscapes = /[\u0000-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * `values` as a Postgres array literal (`{"a","b",null}`) to cast in SQL (`${arrayLiteral(ids)}::uuid[]`),
 * or the array itself when an element needs escapes only the driver writes.
 */
export function arrayLiteral(values: readonly (string | null)[]): string | (string | null)[] {
  // Joined with a comma, so no two elements make a surrogate pair between them.
  if (jsonOnlyEscapes.test(values.join(','))) return [...values];
  const json = JSON.stringify(values);
  return `{${json.slice(1, -1)}}`;
}
