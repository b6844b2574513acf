import {
  countEnrollmentsSince,
  enrollCustomer,
  enrollFirstOrReadFacts,
  lockJourneyEntry,
  type Db,
  type Enrollment,
  type EntryFacts,
  type NewEnrollment,
} from '@wayfarer/db';
import type { JourneySettings } from '@wayfarer/journey';
import { decidableWithoutLock, decideEntry, entryWindowStart, type EntryRefusal } from './entry-rules';

/**
 * - `entered`: the enrollment of this entry (new, or recorded by an earlier try of the same entry);
 * - `refused`: the rules keep the customer out; `previous` is the entry that blocks them, if any.
 */
export type Admission =
  | { admitted: true; enrollment: Enrollment }
  | { admitted: false; refusal: EntryRefusal; previous: Enrollment | undefined };

/**
 * Decides an entry and records it. Where {@link decidableWithoutLock}, one statement reads the
 * facts and records a first entry. Otherwise (or when that statement lost a race it cannot see)
 * it is one transaction under advisory locks on (journey, customer) (and on the journey when it
 * has an entry limit), so two events at once cannot both enter where the rules allow one. The
 * same entry again (same workflow id and entry event) finds its enrollment.
 */
export async function admitEntry(
  db: Db,
  settings: JourneySettings,
  entry: NewEnrollment & { enteredAt: Date },
): Promise<Admission> {
  if (decidableWithoutLock(settings)) {
    const facts = await enrollFirstOrReadFacts(db, entry, { insertIfFirst: true });
    // Nothing inserted and nothing seen: a concurrent first entry committed after this
    // statement's snapshot (its workflow id blocked the insert). The locked path sees it.
    const lostRace = !facts.inserted && !facts.recorded && facts.previous === undefined;
    if (!lostRace) return admitFromFacts(db, settings, entry, facts, 0);
  }
  return db.transaction().execute(async (trx) => {
    await lockJourneyEntry(trx, {
      journeyId: entry.journeyId,
      customerId: entry.customerId,
      wholeJourney: settings.entryLimit !== null,
    });
    const firstEntryAdmitted =
      settings.entryLimit === null &&
      decideEntry(settings, { previous: undefined, enteredInWindow: 0, now: entry.enteredAt }).admit;
    const facts = await enrollFirstOrReadFacts(trx, entry, { insertIfFirst: firstEntryAdmitted });
    if (facts.inserted) return { admitted: true, enrollment: facts.inserted };
    const windowStart = entryWindowStart(settings, entry.enteredAt);
    const enteredInWindow =
      windowStart === undefined ? 0 : await countEnrollmentsSince(trx, entry.journeyId, windowStart);
    return admitFromFacts(trx, settings, entry, facts, enteredInWindow);
  });
}

async function admitFromFacts(
  db: Db,
  settings: JourneySettings,
  entry: NewEnrollment & { enteredAt: Date },
  facts: EntryFacts,
  enteredInWindow: number,
): Promise<Admission> {
  const { inserted, recorded, previous } = facts;
  if (inserted) return { admitted: true, enrollment: inserted };
  // The same entry again (a retried event, or a repeated API call under "once"): its enrollment,
  // so the caller can start a workflow a crash left unstarted. Another event under the same
  // "once" id is a second entry and goes through the rules, never starting it as its own.
  if (recorded && recorded.entryEventId === (entry.entryEventId ?? null)) {
    return { admitted: true, enrollment: recorded };
  }
  const decision = decideEntry(settings, { previous, enteredInWindow, now: entry.enteredAt });
  if (!decision.admit) return { admitted: false, refusal: decision.refusal, previous };
  const { enrollment } = await enrollCustomer(db, entry);
  return { admitted: true, enrollment };
}
