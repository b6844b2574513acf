// Why a row of an imported file was not imported, as data: the column it concerns and a stable
// code. The words are chosen by whoever shows it (the wizard, the rejected-rows file), per language.

export const problemCodes = [
  'no_identity',
  'invalid_email',
  'invalid_phone',
  'too_long',
  'invalid_number',
  'invalid_date',
  'invalid_boolean',
  'invalid_consent',
  'invalid_time',
  'unknown_tier',
  'invalid_points',
  'invalid_tag',
  'duplicate_row',
  'unknown_customer',
  'malformed_row',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

/** One thing wrong with one row; `column` is the header it concerns (null: the row as a whole). */
export interface RowProblem {
  column: string | null;
  code: ProblemCode;
  /** The offending cell, as written. */
  value?: string;
  /** For `duplicate_row`: the earlier row of the same file naming this customer. */
  duplicateOf?: number;
}

/** A problem about one cell. */
export function cellProblem(column: string, code: ProblemCode, value: string): RowProblem {
  return { column, code, value };
}
