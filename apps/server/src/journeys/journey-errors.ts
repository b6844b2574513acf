import type { Diagnostic } from '@wayfarer/journey';

/** The journey cannot be published: `problems` lists every problem found, each naming its node. */
export class InvalidJourneyError extends Error {
  readonly code = 'invalid_journey';
  constructor(readonly problems: Diagnostic[]) {
    super(
      `The journey has ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before it can be published.`,
    );
    this.name = 'InvalidJourneyError';
  }
}
