import type { JourneyApproval } from '../accounts-schema';
import type { Db } from '../connect';

export async function getRequireApproval(db: Db, workspaceId: string): Promise<boolean> {
  const row = await db
    .selectFrom('workspaces')
    .select('requireApproval')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  return row?.requireApproval ?? false;
}

export async function setRequireApproval(db: Db, workspaceId: string, requireApproval: boolean): Promise<void> {
  await db.updateTable('workspaces').set({ requireApproval }).where('id', '=', workspaceId).execute();
}

/** The approval record of one draft revision, if one was requested. */
export async function findJourneyApproval(
  db: Db,
  workspaceId: string,
  journeyId: string,
  draftRevision: number,
): Promise<JourneyApproval | undefined> {
  return db
    .selectFrom('journeyApprovals')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('journeyId', '=', journeyId)
    .where('draftRevision', '=', draftRevision)
    .executeTakeFirst();
}

/** Marks the revision as waiting for approval; asking twice keeps the first request. */
export async function requestJourneyApproval(
  db: Db,
  input: { workspaceId: string; journeyId: string; draftRevision: number; requestedBy: string },
): Promise<JourneyApproval> {
  await db
    .insertInto('journeyApprovals')
    .values(input)
    .onConflict((oc) => oc.columns(['journeyId', 'draftRevision']).doNothing())
    .execute();
  const row = await findJourneyApproval(db, input.workspaceId, input.journeyId, input.draftRevision);
  if (!row) throw new Error('approval request vanished after insert');
  return row;
}

/** Approves a requested revision; undefined when no request for it exists. */
export async function approveJourneyRevision(
  db: Db,
  input: { workspaceId: string; journeyId: string; draftRevision: number; approvedBy: string; now: Date },
): Promise<JourneyApproval | undefined> {
  return db
    .updateTable('journeyApprovals')
    .set({ approvedBy: input.approvedBy, approvedAt: input.now })
    .where('workspaceId', '=', input.workspaceId)
    .where('journeyId', '=', input.journeyId)
    .where('draftRevision', '=', input.draftRevision)
    .returningAll()
    .executeTakeFirst();
}
