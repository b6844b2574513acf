import { z } from 'zod';

/** Longest journey name the API accepts. */
export const MAX_JOURNEY_NAME = 200;

/** A journey name in API input: trimmed, not empty. */
export const journeyNameSchema = z.string().trim().min(1).max(MAX_JOURNEY_NAME);

const COPY_SUFFIX = ' (copy)';

/** "<name> (copy)", shortened so it still fits in a journey name. */
export function copyName(name: string): string {
  return `${name.slice(0, MAX_JOURNEY_NAME - COPY_SUFFIX.length).trimEnd()}${COPY_SUFFIX}`;
}
