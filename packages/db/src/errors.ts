/** A domain error from the data layer, with a stable code for the API boundary to translate. */
export class DataError extends Error {
  constructor(
    readonly code: 'not_found' | 'draft_conflict' | 'invalid_state',
    message: string,
  ) {
    super(message);
    this.name = 'DataError';
  }
}
