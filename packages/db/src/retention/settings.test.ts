import { describe, expect, it } from 'vitest';
import { readRetentionSettings, retentionSettingsSchema, RETENTION_LIMITS } from './settings';

describe('retention settings', () => {
  it('fills in 400 days for whatever was never saved', () => {
    expect(readRetentionSettings(undefined)).toEqual({ eventsDays: 400, stepEventsDays: 400, messagesDays: 400 });
    expect(readRetentionSettings({ eventsDays: 730 })).toMatchObject({ eventsDays: 730, messagesDays: 400 });
  });

  it('refuses days under a table minimum, over ten years or not whole, naming the field', () => {
    const paths = (input: unknown) =>
      retentionSettingsSchema.safeParse(input).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths({ messagesDays: RETENTION_LIMITS.minDays.messagesDays - 1 })).toEqual(['messagesDays']);
    expect(paths({ stepEventsDays: 3651 })).toEqual(['stepEventsDays']);
    expect(paths({ eventsDays: 120.5 })).toEqual(['eventsDays']);
    expect(paths({ stepEventsDays: RETENTION_LIMITS.minDays.stepEventsDays })).toBeUndefined();
  });

  it('falls back to the defaults when a stored value no longer parses', () => {
    expect(readRetentionSettings({ messagesDays: 1 })).toEqual(retentionSettingsSchema.parse({}));
  });
});
