// Issue 5's settings flow: a marketer connects SMS in the browser, reloads and sees it connected
// with the token redacted (never in clear on the page), then changes the quiet hours.
import { describe, expect } from 'vitest';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };

describe('channel settings', () => {
  e2e('connects SMS, shows it redacted after a reload, and saves quiet hours', async ({ app }) => {
    const { page, api } = app;
    const authToken = 'twilio-token-5e8d21c4a9';

    await app.open('/');
    await page.getByTestId('app-nav').getByRole('link', { name: 'Channels' }).click();
    const sms = page.getByTestId('channel-card-sms');
    await expect.poll(() => sms.getByTestId('channel-status').textContent(), poll).toBe('Not connected');

    // (A rejected save is a 400, which the browser logs as a console error: channels-api.test.ts covers it.)
    await sms.getByTestId('sms-accountSid').fill('AC00112233');
    await sms.getByTestId('sms-authToken').fill(authToken);
    await sms.getByTestId('sms-from').fill('+15550001234');
    await sms.getByTestId('save-sms').click();
    await expect.poll(() => sms.getByTestId('channel-status').textContent(), poll).toBe('Connected');

    await page.reload();
    await expect.poll(() => sms.getByTestId('channel-status').textContent(), poll).toBe('Connected');
    await expect.poll(() => sms.getByTestId('sms-authToken').inputValue(), poll).toBe('••••c4a9');
    expect(await sms.getByTestId('sms-accountSid').inputValue()).toBe('AC00112233');
    expect(await page.content()).not.toContain(authToken);
    expect((await api.channels.list.query()).find((state) => state.channel === 'sms')?.connected).toBe(true);

    // Quiet hours 22:00–07:30 and at most one SMS a day.
    const policy = page.getByTestId('sending-policy');
    await policy.locator('[name="quietStart"]').fill('22:00');
    await policy.locator('[name="quietEnd"]').fill('07:30');
    await policy.locator('[name="sms-limit"]').fill('1');
    await policy.getByTestId('save-policy').click();
    await policy.getByTestId('policy-saved').waitFor();
    const saved = await api.channels.messagingSettings.get.query();
    expect(saved.quietHours).toEqual({ start: '22:00', end: '07:30' });
    expect(saved.channelCaps.sms).toEqual({ limit: 1, windowHours: 24 });

    await page.reload();
    await expect.poll(() => policy.locator('[name="quietStart"]').inputValue(), poll).toBe('22:00');
  });
});

describe('channel settings: LINE and email', () => {
  e2e('saves the LINE channel id, secret and token together, redacted after a reload', async ({ app }) => {
    const { page, api } = app;
    const channelSecret = 'line-channel-secret-5e8dc4a9';
    const accessToken = 'line-access-token-77aa0b31';

    await app.open('/');
    await page.getByTestId('app-nav').getByRole('link', { name: 'Channels' }).click();
    const line = page.getByTestId('channel-card-line');
    await expect.poll(() => line.getByTestId('channel-status').textContent(), poll).toBe('Not connected');
    await line.getByTestId('line-channelId').fill('1657000321');
    await line.getByTestId('line-channelSecret').fill(channelSecret);
    await line.getByTestId('line-channelAccessToken').fill(accessToken);
    await line.getByTestId('save-line').click();
    await expect.poll(() => line.getByTestId('channel-status').textContent(), poll).toBe('Connected');

    await page.reload();
    await expect.poll(() => line.getByTestId('line-channelSecret').inputValue(), poll).toBe('••••c4a9');
    expect(await line.getByTestId('line-channelAccessToken').inputValue()).toBe('••••0b31');
    expect(await line.getByTestId('line-channelId').inputValue()).toBe('1657000321');
    const html = await page.content();
    expect(html).not.toContain(channelSecret);
    expect(html).not.toContain(accessToken);
    const state = (await api.channels.list.query()).find((candidate) => candidate.channel === 'line');
    expect(state?.config).toMatchObject({ channelId: '1657000321', channelSecret: '••••c4a9' });
  });

  e2e('picks the email TLS mode from a select, starttls by default', async ({ app }) => {
    const { page, api } = app;
    await app.open('/');
    await page.getByTestId('app-nav').getByRole('link', { name: 'Channels' }).click();
    const email = page.getByTestId('channel-card-email');
    await expect.poll(() => email.getByTestId('email-security').inputValue(), poll).toBe('starttls');
    await email.getByTestId('email-host').fill('smtp.shop.example');
    await email.getByTestId('email-security').selectOption('tls');
    await email.getByTestId('email-from').fill('Shop <news@shop.example>');
    await email.getByTestId('save-email').click();
    await expect.poll(() => email.getByTestId('channel-status').textContent(), poll).toBe('Connected');
    const state = (await api.channels.list.query()).find((candidate) => candidate.channel === 'email');
    expect(state?.config).toMatchObject({ host: 'smtp.shop.example', security: 'tls', allowSelfSigned: false });

    await page.reload();
    await expect.poll(() => email.getByTestId('email-security').inputValue(), poll).toBe('tls');
  });
});
