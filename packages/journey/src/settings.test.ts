import { describe, expect, it } from 'vitest';
import { journeyIRSchema, journeySettingsSchema } from './ir.schema';

describe('journey settings', () => {
  it('defaults to "enter once", no cooldown and no entry limit', () => {
    expect(journeySettingsSchema.parse({})).toMatchObject({ reentry: 'once', reentryCooldown: null, entryLimit: null });
  });

  it('reads the old "always" as "every" with no cooldown', () => {
    expect(journeySettingsSchema.parse({ reentry: 'always' })).toMatchObject({
      reentry: 'every',
      reentryCooldown: null,
    });
  });

  it('accepts the re-entry rules, a cooldown and an entry limit', () => {
    const settings = journeySettingsSchema.parse({
      reentry: 'every',
      reentryCooldown: { amount: 7, unit: 'days' },
      entryLimit: { max: 100, per: { amount: 1, unit: 'hours' } },
    });
    expect(settings).toMatchObject({
      reentry: 'every',
      reentryCooldown: { amount: 7, unit: 'days' },
      entryLimit: { max: 100, per: { amount: 1, unit: 'hours' } },
    });
    expect(journeySettingsSchema.parse({ reentry: 'after_exit' }).reentry).toBe('after_exit');
  });

  it('rejects unknown rules and empty limits', () => {
    expect(journeySettingsSchema.safeParse({ reentry: 'twice' }).success).toBe(false);
    expect(journeySettingsSchema.safeParse({ entryLimit: { max: 0, per: { amount: 1, unit: 'days' } } }).success).toBe(
      false,
    );
  });

  it('still parses an IR stored before the new settings existed', () => {
    const stored = {
      irVersion: 1,
      hash: 'h',
      start: ['t'],
      triggers: [{ stepId: 't', type: 'core.trigger.api', match: { on: 'api' } }],
      exit: [],
      goal: null,
      settings: { reentry: 'always', exitOn: [], goal: null, continueAsNewAfterSteps: 500 },
      steps: {},
    };
    expect(journeyIRSchema.parse(stored).settings).toMatchObject({ reentry: 'every', entryLimit: null });
  });
});
