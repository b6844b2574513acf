// The retention form (strings, as inputs hold them), checked against the bounds the server sends
// before anything is saved; the server checks the same bounds again.

export const retentionFields = ['eventsDays', 'stepEventsDays', 'messagesDays'] as const;
export type RetentionField = (typeof retentionFields)[number];
export type RetentionForm = Record<RetentionField, string>;
export type RetentionDays = Record<RetentionField, number>;

export interface RetentionLimits {
  minDays: RetentionDays;
  maxDays: number;
}

export function retentionFormOf(settings: RetentionDays): RetentionForm {
  return {
    eventsDays: `${settings.eventsDays}`,
    stepEventsDays: `${settings.stepEventsDays}`,
    messagesDays: `${settings.messagesDays}`,
  };
}

/** The first field whose days are not a whole number within its bounds, else the settings to save. */
export function readRetentionForm(
  form: RetentionForm,
  limits: RetentionLimits,
): { ok: true; settings: RetentionDays } | { ok: false; field: RetentionField } {
  const settings = {} as RetentionDays;
  for (const field of retentionFields) {
    const text = form[field].trim();
    const days = Number(text);
    if (!/^\d+$/.test(text) || days < limits.minDays[field] || days > limits.maxDays) return { ok: false, field };
    settings[field] = days;
  }
  return { ok: true, settings };
}
