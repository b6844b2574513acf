import type { JourneyStatus } from './journey-types';

/** The status filter's choices; `undefined` is "all but archived". */
export const statusFilters: readonly (JourneyStatus | undefined)[] = [undefined, 'draft', 'live', 'paused', 'archived'];

/** The `journeys.list` input for what the marketer typed and picked (blank search is no search). */
export function listInput(
  search: string,
  status: JourneyStatus | undefined,
  tag?: string,
): { search?: string; status?: JourneyStatus; tag?: string } {
  const trimmed = search.trim();
  return {
    ...(trimmed === '' ? {} : { search: trimmed }),
    ...(status === undefined ? {} : { status }),
    ...(tag === undefined ? {} : { tag }),
  };
}

/** True when the list is narrowed, so an empty result means "no match", not "no journeys yet". */
export function isFiltered(search: string, status: JourneyStatus | undefined, tag?: string): boolean {
  return search.trim() !== '' || status !== undefined || tag !== undefined;
}

/** "<name> (copy)" in the UI language, shortened to fit the 200-character name limit. */
export function copyNameFor(name: string, pattern: string): string {
  const suffixLength = pattern.replace('{name}', '').length;
  return pattern.replace('{name}', name.slice(0, 200 - suffixLength).trimEnd());
}
