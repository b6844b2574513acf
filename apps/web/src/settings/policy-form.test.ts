import { describe, expect, it } from 'vitest';
import { policyFormFrom, settingsFrom, type MessagingSettings } from './policy-form';

describe('sending policy form', () => {
  it('round-trips settings with a channel cap, a capless channel and defaults', () => {
    const settings: MessagingSettings = {
      quietHours: { start: '22:00', end: '08:30' },
      frequencyCap: { limit: 3, windowHours: 24 },
      channelCaps: { sms: { limit: 1, windowHours: 48 }, webhook: null },
    };
    expect(settingsFrom(policyFormFrom(settings))).toEqual(settings);
  });

  it('turns quiet hours and the cap off', () => {
    const form = policyFormFrom({ quietHours: null, frequencyCap: null, channelCaps: {} });
    expect(form.quietEnabled).toBe(false);
    expect(settingsFrom(form)).toEqual({ quietHours: null, frequencyCap: null, channelCaps: {} });
  });
});
