import { describe, expect, it } from 'vitest';
import { addressFor } from './channel-message';
import { capFor, readMessagingSettings } from './settings';

describe('sending settings and addresses', () => {
  it('default to 21:00-09:00 quiet hours and 3 messages a day per channel', () => {
    const settings = readMessagingSettings(undefined);
    expect(settings.quietHours).toEqual({ start: '21:00', end: '09:00' });
    expect(capFor(settings, 'sms')).toEqual({ limit: 3, windowHours: 24 });
    expect(capFor(readMessagingSettings({ channelCaps: { sms: null } }), 'sms')).toBeNull();
    expect(readMessagingSettings({ quietHours: 'bogus' }).quietHours).toEqual({ start: '21:00', end: '09:00' });
  });

  it("take the channel's identity; webhooks need none", () => {
    const identities = [
      { kind: 'email' as const, value: 'mei@example.com' },
      { kind: 'phone' as const, value: '+886912345678' },
    ];
    expect(addressFor('email', identities)).toBe('mei@example.com');
    expect(addressFor('sms', identities)).toBe('+886912345678');
    expect(addressFor('line', identities)).toBeUndefined();
    expect(addressFor('webhook', identities)).toBeNull();
  });
});
