import {
  countEnrollmentsSince,
  enrollCustomer,
  enrollFirstOrReadFacts,
  lockJourneyEntry,
  type Db,
  type Enrollment,
  type EntryFacts,
  type EntryWithholding,
  type NewEnrollment,
} from '@wayfarer/db';
import { inSample } from '@wayfarer/experiments';
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
 * Who of this entry is held out of the journey's messages and rewards: a stable draw of the
 * journey's holdout share per customer (so re-entry keeps it), and the workspace's control group
 * unless the journey is transactional.
 */
export function entryWithholding(
  settings: JourneySettings,
  entry: Pick<NewEnrollment, 'journeyId' | 'customerId'>,
): EntryWithholding {
  return {
    holdout: inSample(`holdout:${entry.journeyId}`, entry.customerId, settings.holdoutPercent ?? 0),
    controlGroup: settings.transactional !== true,
  };
}

/**
 * Decides an entry and records it. Where {@link decidableWithoutLock}, one statement reads the
 * facts and records a first entry (or `decided` has them: that statement run for a batch of
 * entries, see decide-first-entries.ts). Otherwise (or when that statement lost a race it cannot see)
 * it is one transaction under advisory locks on (journey, customer) (and on the journey when it
 * has an entry limit), so two events at once cannot both enter where the rules allow one. The
 * same entry again (same workflow id and entry event) finds its enrollment.
 */
export async function admitEntry(
  db: Db,
  settings: JourneySettings,
  entry: NewEnrollment & { enteredAt: Date },
  decided?: EntryFacts,
): Promise<Admission> {
  const withholding = entryWithholding(settings, entry);
  if (decidableWithoutLock(settings)) {
    const facts = decided ?? (await enrollFirstOrReadFacts(db, entry, { insertIfFirst: true, withholding }));
    // Nothing inserted and nothing seen: a concurrent first entry committed after this
    // statement's snapshot (its workflow id blocked the insert). The locked path sees it.
    const lostRace = !facts.inserted && !facts.recorded && facts.previous === undefined;
    if (!lostRace) return admitFromFacts(db, settings, entry, facts, 0, withholding);
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
    const facts = await enrollFirstOrReadFacts(trx, entry, { insertIfFirst: firstEntryAdmitted, withholding });
    if (facts.inserted) return { admitted: true, enrollment: facts.inserted };
    const windowStart = entryWindowStart(settings, entry.enteredAt);
    const enteredInWindow =
      windowStart === undefined ? 0 : await countEnrollmentsSince(trx, entry.journeyId, windowStart);
    return admitFromFacts(trx, settings, entry, facts, enteredInWindow, withholding);
  });
}

async function admitFromFacts(
  db: Db,
  settings: JourneySettings,
  entry: NewEnrollment & { enteredAt: Date },
  facts: EntryFacts,
  enteredInWindow: number,
  withholding: EntryWithholding,
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
  const { enrollment } = await enrollCustomer(db, entry, withholding);
  return { admitted: true, enrollment };
}
