import {
  approveJourneyRevision,
  findJourneyApproval,
  getJourney,
  getRequireApproval,
  requestJourneyApproval,
  type Db,
  type JourneyApproval,
} from '@wayfarer/db';
import { AccountError } from './account-error';
import type { Actor } from './roles';

// Optional approval: when the workspace requires it, only a draft revision a publisher approved may
// be published. Approval names the exact revision, so saving the draft again voids it by itself.

export type ApprovalState = 'not_required' | 'none' | 'pending' | 'approved';

function actorRef(actor: Actor): string {
  return `${actor.type}:${actor.id}`;
}

export interface ApprovalStatus {
  required: boolean;
  draftRevision: number;
  state: ApprovalState;
  requestedBy: string | null;
  approvedBy: string | null;
}

function stateOf(required: boolean, approval: JourneyApproval | undefined): ApprovalState {
  if (!required) return 'not_required';
  if (!approval) return 'none';
  return approval.approvedAt === null ? 'pending' : 'approved';
}

export async function approvalStatus(db: Db, workspaceId: string, journeyId: string): Promise<ApprovalStatus> {
  const journey = await getJourney(db, workspaceId, journeyId);
  const required = await getRequireApproval(db, workspaceId);
  const approval = await findJourneyApproval(db, workspaceId, journeyId, journey.draftRevision);
  return {
    required,
    draftRevision: journey.draftRevision,
    state: stateOf(required, approval),
    requestedBy: approval?.requestedBy ?? null,
    approvedBy: approval?.approvedBy ?? null,
  };
}

/** Marks the current draft revision as waiting for a publisher. */
export async function requestApproval(
  db: Db,
  workspaceId: string,
  journeyId: string,
  actor: Actor,
): Promise<ApprovalStatus> {
  const journey = await getJourney(db, workspaceId, journeyId);
  await requestJourneyApproval(db, {
    workspaceId,
    journeyId,
    draftRevision: journey.draftRevision,
    requestedBy: actorRef(actor),
  });
  return approvalStatus(db, workspaceId, journeyId);
}

/**
 * Approves `draftRevision`, which must be the current one (what the approver looked at). A
 * publisher may approve without a prior request (it is recorded as requested by them).
 */
export async function approveRevision(
  db: Db,
  input: { workspaceId: string; journeyId: string; draftRevision: number; actor: Actor },
): Promise<ApprovalStatus> {
  const { workspaceId, journeyId, draftRevision, actor } = input;
  const journey = await getJourney(db, workspaceId, journeyId);
  if (journey.draftRevision !== draftRevision) {
    throw new AccountError(
      'approval_not_requested',
      `The draft changed (now revision ${journey.draftRevision}); review it again.`,
    );
  }
  await requestJourneyApproval(db, { workspaceId, journeyId, draftRevision, requestedBy: actorRef(actor) });
  const approved = await approveJourneyRevision(db, {
    workspaceId,
    journeyId,
    draftRevision,
    approvedBy: actorRef(actor),
    now: new Date(),
  });
  if (!approved) throw new AccountError('approval_not_requested', 'No approval was requested for this revision.');
  return approvalStatus(db, workspaceId, journeyId);
}

/** Refuses to publish unless approvals are off or the current draft revision is approved. */
export async function assertPublishable(db: Db, workspaceId: string, journeyId: string): Promise<void> {
  const status = await approvalStatus(db, workspaceId, journeyId);
  if (status.state === 'not_required' || status.state === 'approved') return;
  const why =
    status.state === 'pending'
      ? `draft revision ${status.draftRevision} is waiting for approval`
      : `draft revision ${status.draftRevision} has not been approved (edits after an approval void it)`;
  throw new AccountError('approval_required', `This workspace requires approval before publishing: ${why}.`);
}
