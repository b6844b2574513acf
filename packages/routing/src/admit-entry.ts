import {
  countEnrollmentsSince,
  enrollCustomer,
  findEnrollmentByWorkflowId,
  findLatestEnrollment,
  lockJourneyEntry,
  type Db,
  type Enrollment,
  type NewEnrollment,
} from '@wayfarer/db';
import type { JourneySettings } from '@wayfarer/journey';
import { decideEntry, entryWindowStart, type EntryRefusal } from './entry-rules';

/**
 * - `entered`: the enrollment of this entry (new, or recorded by an earlier try of the same entry);
 * - `refused`: the rules keep the customer out; `previous` is the entry that blocks them, if any.
 */
export type Admission =
  | { admitted: true; enrollment: Enrollment }
  | { admitted: false; refusal: EntryRefusal; previous: Enrollment | undefined };

/**
 * Decides an entry and records it in one transaction, under advisory locks on (journey, customer)
 * (and on the journey when it has an entry limit), so two events at once cannot both enter where
 * the rules allow one. The same entry again (same workflow id and entry event) finds its enrollment.
 */
export async function admitEntry(
  db: Db,
  settings: JourneySettings,
  entry: NewEnrollment & { enteredAt: Date },
): Promise<Admission> {
  return db.transaction().execute(async (trx) => {
    await lockJourneyEntry(trx, {
      journeyId: entry.journeyId,
      customerId: entry.customerId,
      wholeJourney: settings.entryLimit !== null,
    });
    // The same entry again (a retried event, or a repeated API call under "once"): its enrollment,
    // so the caller can start a workflow a crash left unstarted. Another event under the same
    // "once" id is a second entry and goes through the rules, never starting it as its own.
    const recorded = await findEnrollmentByWorkflowId(trx, entry.workflowId);
    if (recorded && recorded.entryEventId === (entry.entryEventId ?? null)) {
      return { admitted: true, enrollment: recorded };
    }
    const previous = await findLatestEnrollment(trx, entry.journeyId, entry.customerId);
    const windowStart = entryWindowStart(settings, entry.enteredAt);
    const enteredInWindow =
      windowStart === undefined ? 0 : await countEnrollmentsSince(trx, entry.journeyId, windowStart);
    const decision = decideEntry(settings, { previous, enteredInWindow, now: entry.enteredAt });
    if (!decision.admit) return { admitted: false, refusal: decision.refusal, previous };
    const { enrollment } = await enrollCustomer(trx, entry);
    return { admitted: true, enrollment };
  });
}
