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

/** No journey template has this id. */
export class TemplateNotFoundError extends Error {
  readonly code = 'template_not_found';
  constructor(readonly templateId: string) {
    super(`Journey template "${templateId}" not found.`);
    this.name = 'TemplateNotFoundError';
  }
}
