import { duplicateJourney, getJourney, type Db, type Journey } from '@wayfarer/db';
import { copyName } from './journey-name';

/** Copies the journey's draft into a new draft journey, named `name` or "<name> (copy)". */
export async function duplicateJourneyDraft(
  db: Db,
  input: { workspaceId: string; journeyId: string; name?: string | undefined },
): Promise<Journey> {
  const name = input.name ?? copyName((await getJourney(db, input.workspaceId, input.journeyId)).name);
  return duplicateJourney(db, { workspaceId: input.workspaceId, journeyId: input.journeyId, name });
}
