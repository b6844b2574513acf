// Pure decision of whether a customer may enter a journey now: the re-entry rule, its cooldown and
// the journey's entry limit. The caller reads the facts under a lock and writes the entry.
import { durationToMs, type JourneySettings } from '@wayfarer/journey';

/** What the decision needs to know about the customer's latest entry into the journey. */
export interface PreviousEntry {
  status: 'running' | 'completed' | 'exited';
  enteredAt: Date;
}

/**
 * Why an entry is refused:
 * - `running`: the customer is inside and the rule (once / after_exit) lets no second entry in;
 * - `finished`: "once", and the customer has already been through the journey;
 * - `cooldown`: re-entry is allowed, but not yet (their last entry is within `reentryCooldown`);
 * - `throttled`: the journey took its `entryLimit.max` entries in the current window.
 */
export type EntryRefusal = 'running' | 'finished' | 'cooldown' | 'throttled';

export type EntryDecision = { admit: true } | { admit: false; refusal: EntryRefusal };

/** The start of the entry-limit window ending at `now`, or undefined when the journey has no limit. */
export function entryWindowStart(settings: JourneySettings, now: Date): Date | undefined {
  return settings.entryLimit === null ? undefined : new Date(now.getTime() - durationToMs(settings.entryLimit.per));
}

/** The re-entry rule and cooldown applied to the customer's latest entry (undefined: never entered). */
export function reentryRefusal(
  settings: Pick<JourneySettings, 'reentry' | 'reentryCooldown'>,
  previous: PreviousEntry | undefined,
  now: Date,
): EntryRefusal | undefined {
  if (previous === undefined) return undefined;
  const running = previous.status === 'running';
  switch (settings.reentry) {
    case 'once':
      return running ? 'running' : 'finished';
    case 'after_exit':
      if (running) return 'running';
      break;
    case 'every':
      break;
    default: {
      const unreachable: never = settings.reentry;
      return unreachable;
    }
  }
  const cooldown = settings.reentryCooldown;
  if (cooldown !== null && now.getTime() - previous.enteredAt.getTime() < durationToMs(cooldown)) return 'cooldown';
  return undefined;
}

/**
 * Whether the customer enters now. `enteredInWindow` is the journey's entry count since
 * {@link entryWindowStart} (ignored without an entry limit). The re-entry rule is checked first,
 * so a refused re-entry never uses up the limit.
 */
export function decideEntry(
  settings: JourneySettings,
  facts: { previous: PreviousEntry | undefined; enteredInWindow: number; now: Date },
): EntryDecision {
  const refusal = reentryRefusal(settings, facts.previous, facts.now);
  if (refusal !== undefined) return { admit: false, refusal };
  if (settings.entryLimit !== null && facts.enteredInWindow >= settings.entryLimit.max) {
    return { admit: false, refusal: 'throttled' };
  }
  return { admit: true };
}

/**
 * Whether entries into the journey may be decided without the (journey, customer) lock: when any
 * two entries at once are either both admitted ("every" without cooldown) or share one workflow
 * id, whose unique key lets only one in ("once", see entryWorkflowId). Under "once" a previous
 * entry refuses forever, so a refusal read without the lock stands too. "after_exit" and a
 * cooldown depend on the latest entry's state, and an entry limit counts everyone's entries.
 */
export function decidableWithoutLock(settings: JourneySettings): boolean {
  if (settings.entryLimit !== null) return false;
  return settings.reentry === 'once' || (settings.reentry === 'every' && settings.reentryCooldown === null);
}
