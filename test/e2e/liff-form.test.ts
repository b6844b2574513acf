// A customer fills a LINE form in Chromium as LINE's browser opens it: the LIFF SDK (a stand-in)
// gives the page the user's ID token, verified by a local LINE Login; the phone's code arrives by
// SMS at a local gateway, is typed in, and the page thanks them. Their profile has the answers and
// the phone, verified.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect } from 'vitest';
import { sealChannelConfig } from '@wayfarer/channels';
import { saveChannelCredentials } from '@wayfarer/db';
import { startHttpSink } from '../integration/channels/http-sink';
import { smsAccount, smsApi } from '../integration/sending/provider-apis';
import { startLineLogin } from '../support/line-login';
import { e2e } from './support/fixtures';
import { stubLiffSdk, teaClubForm } from './support/line-form';

const login = await startLineLogin();
const texts = smsApi();
const sms = await startHttpSink(texts.reply);
e2e.override('stackOptions', { sendTo: ['127.0.0.1'], liff: { loginBaseUrl: login.url } });

afterAll(async () => {
  await sms.close();
  await login.close();
});

describe('a LINE form in the browser', () => {
  e2e('takes a birthday and a phone proven by its SMS code, and says thank you', async ({ stack, workspace, page }) => {
    const { workspaceId, api } = workspace;
    await saveChannelCredentials(stack.database.db, {
      workspaceId,
      channel: 'sms',
      sealedConfig: sealChannelConfig(stack.secretBox, workspaceId, {
        channel: 'sms',
        ...smsAccount,
        from: '+15005550006',
        baseUrl: sms.url,
        timeoutMs: 5000,
      }),
    });
    const form = await api.liffForms.create.mutate(teaClubForm);
    const lineUserId = `U${randomUUID().replaceAll('-', '')}`;
    await stubLiffSdk(page, login.issue(lineUserId, '1657000123'));

    await page.goto(`${stack.url}/f/${form.id}`);
    await page.locator('input[name="birthday"]').fill('1991-03-15');
    await page.locator('input[name="phone"]').fill('0912 555 123');
    await page.getByLabel('Oolong').check();
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByText('We sent a 6-digit code by SMS.', { exact: false }).waitFor();
    const code = /\d{6}/.exec(texts.sent.at(-1)?.Body ?? '')?.[0] ?? 'none';
    expect(texts.sent.at(-1)?.To).toBe('+886912555123');
    await page.getByLabel('Verification code').fill(code);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('Thank you! Your answers are saved.').waitFor();

    const profile = await stack.database.db
      .selectFrom('customerIdentities')
      .innerJoin('customers', 'customers.id', 'customerIdentities.customerId')
      .select('customers.attributes')
      .where('customerIdentities.workspaceId', '=', workspaceId)
      .where('kind', '=', 'phone')
      .where('value', '=', '+886912555123')
      .executeTakeFirstOrThrow();
    expect(profile.attributes).toMatchObject({
      birthday: '1991-03-15',
      phone: '+886912555123',
      tea_preferences: ['oolong'],
    });
  });
});
