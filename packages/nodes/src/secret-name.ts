import { z } from 'zod';

// The name a node's runtime reads a workspace secret by (`acme.crm.token`), checked the same way in
// the admin API, its form and the `workspace_secrets.name` column's CHECK constraint.

/** Characters that cannot be seen but make two names differ (pasted from chat apps and documents). */
export const zeroWidthCharacters = /[\u200B-\u200D\u2060\uFEFF]/;

/** A workspace secret's name: trimmed, no invisible characters, lower-case letters, digits, `.`, `_`, `-`. */
export const secretNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .refine(
    (name) => !zeroWidthCharacters.test(name),
    'The name holds an invisible (zero-width) character; type it again.',
  )
  .pipe(
    z
      .string()
      .max(100, 'Use at most 100 characters.')
      .regex(
        /^[a-z0-9][a-z0-9_.-]*$/,
        'Use lower-case letters, digits, “.”, “_” and “-”, starting with a letter or digit.',
      ),
  );

/** A secret's value: kept as typed but for surrounding whitespace (a pasted token's newline). */
export const secretValueSchema = z
  .string()
  .trim()
  .min(1, 'Enter the value.')
  .max(10_000, 'Use at most 10,000 characters.');
