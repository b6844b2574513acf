// The header row of an imported file: the names a mapping refers to, so they must be usable ones.

export class FileFormatError extends Error {
  constructor(
    readonly code: 'empty_file' | 'duplicate_columns' | 'empty_column_name' | 'not_utf8' | 'not_xlsx' | 'too_large',
    message: string,
  ) {
    super(message);
    this.name = 'FileFormatError';
  }
}

/** The header's names, trimmed; refuses blank names (with data under them) and repeated ones. */
export function readHeader(cells: readonly string[] | undefined): string[] {
  if (cells === undefined || cells.every((cell) => cell.trim() === '')) {
    throw new FileFormatError('empty_file', 'The file has no header row.');
  }
  const header = cells.map((cell) => cell.trim());
  while (header.at(-1) === '') header.pop();
  const blank = header.findIndex((name) => name === '');
  if (blank >= 0) {
    throw new FileFormatError('empty_column_name', `Column ${blank + 1} of the header has no name.`);
  }
  const repeated = header.filter((name, index) => header.indexOf(name) !== index);
  if (repeated.length > 0) {
    throw new FileFormatError('duplicate_columns', `The header names "${repeated[0]}" more than once.`);
  }
  return header;
}
