// A form shows secrets redacted (`••••1234`); sending that placeholder back means "unchanged", so
// the stored secret is put back before validation. A placeholder with nothing stored is an error.
import type { z } from 'zod';

const placeholderPrefix = '••••';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function getPath(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((current, key) => (isRecord(current) ? current[key] : undefined), value);
}

function setPath(value: Json, path: readonly string[], replacement: unknown): Json {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (rest.length === 0) return { ...value, [head]: replacement };
  const inner = isRecord(value[head]) ? value[head] : {};
  return { ...value, [head]: setPath(inner, rest, replacement) };
}

export function isRedactedPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(placeholderPrefix);
}

/** The config with placeholders replaced by stored secrets, and an issue per placeholder that has none. */
export function keepRedactedSecrets(
  config: Json,
  stored: Json | undefined,
  secretPaths: readonly string[],
): { config: Json; issues: z.core.$ZodIssue[] } {
  const issues: z.core.$ZodIssue[] = [];
  let result = config;
  for (const dotted of secretPaths) {
    const path = dotted.split('.');
    if (!isRedactedPlaceholder(getPath(config, path))) continue;
    const kept = stored?.channel === config.channel ? getPath(stored, path) : undefined;
    if (typeof kept === 'string') {
      result = setPath(result, path, kept);
    } else {
      issues.push({ code: 'custom', path, message: 'Enter the secret: none is stored yet.', input: undefined });
    }
  }
  return { config: result, issues };
}
