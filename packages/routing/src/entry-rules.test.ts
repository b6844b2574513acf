import { describe, expect, it } from 'vitest';
import { journeySettingsSchema, type JourneySettings } from '@wayfarer/journey';
import { decidableWithoutLock, decideEntry, entryWindowStart, reentryRefusal, type PreviousEntry } from './entry-rules';

const now = new Date('2025-06-10T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const settings = (input: Record<string, unknown>): JourneySettings => journeySettingsSchema.parse(input);
const running: PreviousEntry = { status: 'running', enteredAt: daysAgo(10) };
const completed: PreviousEntry = { status: 'completed', enteredAt: daysAgo(10) };

describe('reentryRefusal', () => {
  it('lets anyone in the first time', () => {
    for (const reentry of ['once', 'after_exit', 'every'])
      expect(reentryRefusal(settings({ reentry }), undefined, now)).toBeUndefined();
  });

  it('"once": never again, whether inside or finished', () => {
    expect(reentryRefusal(settings({ reentry: 'once' }), running, now)).toBe('running');
    expect(reentryRefusal(settings({ reentry: 'once' }), completed, now)).toBe('finished');
  });

  it('"after_exit": not while inside, again once finished or exited', () => {
    expect(reentryRefusal(settings({ reentry: 'after_exit' }), running, now)).toBe('running');
    expect(reentryRefusal(settings({ reentry: 'after_exit' }), completed, now)).toBeUndefined();
    expect(reentryRefusal(settings({ reentry: 'after_exit' }), { ...completed, status: 'exited' }, now)).toBe(
      undefined,
    );
  });

  it('"every": even while inside, but not within the cooldown of the last entry', () => {
    expect(reentryRefusal(settings({ reentry: 'every' }), running, now)).toBeUndefined();
    const weekly = settings({ reentry: 'every', reentryCooldown: { amount: 7, unit: 'days' } });
    expect(reentryRefusal(weekly, { status: 'running', enteredAt: daysAgo(6) }, now)).toBe('cooldown');
    expect(reentryRefusal(weekly, { status: 'running', enteredAt: daysAgo(7) }, now)).toBeUndefined();
  });

  it('"after_exit" honours the cooldown too', () => {
    const weekly = settings({ reentry: 'after_exit', reentryCooldown: { amount: 7, unit: 'days' } });
    expect(reentryRefusal(weekly, { status: 'completed', enteredAt: daysAgo(1) }, now)).toBe('cooldown');
  });
});

describe('decideEntry', () => {
  const limited = settings({ reentry: 'every', entryLimit: { max: 2, per: { amount: 1, unit: 'hours' } } });

  it('throttles once the window holds max entries', () => {
    expect(decideEntry(limited, { previous: undefined, enteredInWindow: 1, now })).toEqual({ admit: true });
    expect(decideEntry(limited, { previous: undefined, enteredInWindow: 2, now })).toEqual({
      admit: false,
      refusal: 'throttled',
    });
  });

  it('reports the re-entry refusal before the limit', () => {
    const once = settings({ reentry: 'once', entryLimit: { max: 1, per: { amount: 1, unit: 'hours' } } });
    expect(decideEntry(once, { previous: completed, enteredInWindow: 5, now })).toEqual({
      admit: false,
      refusal: 'finished',
    });
  });

  it('ignores the count without a limit', () => {
    expect(decideEntry(settings({}), { previous: undefined, enteredInWindow: 1e6, now })).toEqual({ admit: true });
    expect(entryWindowStart(settings({}), now)).toBeUndefined();
    expect(entryWindowStart(limited, now)).toEqual(new Date('2025-06-10T11:00:00Z'));
  });
});

describe('decidableWithoutLock', () => {
  it('"once" and "every" without cooldown or limit need no lock; the rest do', () => {
    expect(decidableWithoutLock(settings({ reentry: 'once' }))).toBe(true);
    expect(decidableWithoutLock(settings({ reentry: 'every' }))).toBe(true);
    expect(decidableWithoutLock(settings({ reentry: 'after_exit' }))).toBe(false);
    expect(decidableWithoutLock(settings({ reentry: 'every', reentryCooldown: { amount: 1, unit: 'hours' } }))).toBe(
      false,
    );
    const limit = { max: 3, per: { amount: 1, unit: 'hours' } };
    expect(decidableWithoutLock(settings({ reentry: 'once', entryLimit: limit }))).toBe(false);
    expect(decidableWithoutLock(settings({ reentry: 'every', entryLimit: limit }))).toBe(false);
  });
});
