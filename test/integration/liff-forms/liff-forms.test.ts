// LIFF forms through the real server, worker and Postgres, with a local LINE Login (ID token
// verification) and a local Twilio-compatible SMS gateway: a verified LINE user's answers become
// attributes and an event that starts a journey; a phone joins the profile only once the code texted
// to it comes back, merging with the member who had that number; forged tokens and guessing fail.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealChannelConfig } from '@wayfarer/channels';
import { bindIdentities, resolveCustomer, saveChannelCredentials, upsertCustomer } from '@wayfarer/db';
import { createCouponPool, grantPoints, issueCoupon, pointsBalanceAt } from '@wayfarer/loyalty';
import { startHttpSink, type HttpSink } from '../channels/http-sink';
import { smsAccount, smsApi } from '../sending/provider-apis';
import { eventually } from '../../support/eventually';
import { startLineLogin, type LineLogin } from '../../support/line-login';
import { apiClient, createWorkspaceWithKey, startStack, type ApiClient, type Stack } from '../../support/stack';

const loginChannelId = '1657000123';
const liffId = `${loginChannelId}-AbCdEfGh`;
const codesPerHour = 3;
const label = (en: string) => ({ en, 'zh-TW': en });

const formInput = {
  name: 'Birthday club',
  liffId,
  fields: [
    { kind: 'birthday' as const, label: label('Birthday'), required: true, attribute: 'birthday' },
    {
      kind: 'choice' as const,
      label: label('Interests'),
      attribute: 'interests',
      multiple: true,
      options: [
        { value: 'tea', label: label('Tea') },
        { value: 'coffee', label: label('Coffee') },
      ],
    },
    { kind: 'phone' as const, label: label('Mobile'), attribute: 'phone' },
  ],
};

describe('LIFF forms with phone verification', () => {
  let stack: Stack;
  let login: LineLogin;
  let sms: HttpSink;
  const texts = smsApi();
  let client: ApiClient;
  let workspaceId: string;
  let formId: string;
  let journeyId: string;
  let users = 0;

  beforeAll(async () => {
    login = await startLineLogin();
    sms = await startHttpSink(texts.reply);
    stack = await startStack('liff_forms', {
      sendTo: ['127.0.0.1'],
      liff: { loginBaseUrl: login.url, codesPerHour },
    });
    const created = await createWorkspaceWithKey(stack, 'Tea house');
    workspaceId = created.workspaceId;
    client = apiClient(stack, created.key);
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
    formId = (await client.liffForms.create.mutate(formInput)).id;
    const journey = await client.journeys.create.mutate({
      name: 'Welcome form fillers',
      graph: {
        nodes: [
          { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'liff_form_submitted', where: [] } } },
          { id: 'end', type: 'core.end' },
        ],
        edges: [{ id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'end' }],
      },
    });
    await client.journeys.publish.mutate({ journeyId: journey.id });
    journeyId = journey.id;
  }, 180_000);
  afterAll(async () => {
    await stack?.close();
    await sms?.close();
    await login?.close();
  });

  const newLineUser = () => {
    users += 1;
    return `U${users.toString(16).padStart(32, 'a')}`;
  };

  async function post(path: 'submit' | 'phone-code', body: Record<string, unknown>) {
    const response = await fetch(`${stack.url}/v1/liff/forms/${formId}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  const submit = (idToken: string, answers: Record<string, unknown>, phoneCode?: string) =>
    post('submit', { idToken, submissionId: randomUUID(), answers, ...(phoneCode ? { phoneCode } : {}) });

  function customerWith(kind: 'line' | 'phone', value: string) {
    return stack.database.db
      .selectFrom('customerIdentities')
      .innerJoin('customers', 'customers.id', 'customerIdentities.customerId')
      .select(['customers.id', 'customers.externalId', 'customers.attributes'])
      .where('customerIdentities.workspaceId', '=', workspaceId)
      .where('kind', '=', kind)
      .where('value', '=', value)
      .executeTakeFirst();
  }

  /** The code the gateway was asked to text to `phone` last. */
  function lastCodeTo(phone: string): string {
    const text = texts.sent.filter((message) => message.To === phone).at(-1)?.Body ?? '';
    const code = /\d{6}/.exec(text)?.[0];
    if (code === undefined) throw new Error(`no code was texted to ${phone}`);
    return code;
  }

  it('keeps forms per workspace: refuses a taken name and audits each change', async () => {
    const listed = await client.liffForms.list.query();
    expect(listed.map((form) => [form.name, form.pagePath])).toEqual([['Birthday club', `/f/${formId}`]]);
    await expect(client.liffForms.create.mutate(formInput)).rejects.toThrow(/already exists/);
    const renamed = await client.liffForms.update.mutate({ id: formId, ...formInput, name: 'Birthday club 2027' });
    expect(renamed.name).toBe('Birthday club 2027');
    await client.liffForms.update.mutate({ id: formId, ...formInput });
    const audited = await stack.database.db
      .selectFrom('auditLog')
      .select(['action', 'entityType', 'entityId'])
      .where('workspaceId', '=', workspaceId)
      .where('entityType', '=', 'liff_form')
      .execute();
    expect(audited.map((entry) => entry.action).sort()).toEqual([
      'liffForms.create',
      'liffForms.update',
      'liffForms.update',
    ]);
    expect(new Set(audited.map((entry) => entry.entityId))).toEqual(new Set([formId]));
  });

  it('writes the answers of a verified LINE user and starts the journey waiting for the event', async () => {
    const userId = newLineUser();
    const answer = await submit(login.issue(userId, loginChannelId), { birthday: '1990-04-01', interests: ['tea'] });
    expect(answer).toEqual({ status: 200, body: { ok: true } });
    const customer = await customerWith('line', userId);
    expect(customer?.attributes).toMatchObject({ birthday: '1990-04-01', interests: ['tea'] });
    const event = await stack.database.db
      .selectFrom('events')
      .select(['name', 'properties'])
      .where('customerId', '=', customer?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({
      name: 'liff_form_submitted',
      properties: { form: 'Birthday club', formId, answers: { birthday: '1990-04-01', interests: ['tea'] } },
    });
    await eventually(() =>
      stack.database.db
        .selectFrom('enrollments')
        .select('id')
        .where('journeyId', '=', journeyId)
        .where('customerId', '=', customer?.id ?? '')
        .executeTakeFirst(),
    );
  });

  it('refuses a forged, expired or foreign token with 401 and stores nothing', async () => {
    const userId = newLineUser();
    const answers = { birthday: '1990-04-01' };
    const forged = login.issue(userId, loginChannelId, { secret: 'not-line' });
    const expired = login.issue(userId, loginChannelId, { expiresInS: -60 });
    const foreign = login.issue(userId, '1999999999');
    for (const token of [forged, expired, foreign, 'not-a-token']) {
      const answer = await submit(token, answers);
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ error: 'invalid_token', issues: [{ path: 'idToken' }] });
      expect((await post('phone-code', { idToken: token, phone: '+886912000001' })).status).toBe(401);
    }
    expect(await customerWith('line', userId)).toBeUndefined();
    expect(texts.sent.filter((message) => message.To === '+886912000001')).toEqual([]);
  });

  it('binds a phone only after its code, merging the member who had it: one member with their points and coupon', async () => {
    const phone = '+886912000042';
    const db = stack.database.db;
    const member = await upsertCustomer(db, { workspaceId, externalId: 'member-42', traits: { name: 'Mei' } });
    await bindIdentities(db, workspaceId, member.id, [{ kind: 'phone', value: phone }]);
    await grantPoints(db, {
      workspaceId,
      customerId: member.id,
      points: 120,
      reason: 'purchase',
      idempotencyKey: 'm42-1',
    });
    const pool = await createCouponPool(db, workspaceId, { name: 'Welcome', source: 'list', codes: ['TEA-42'] });
    await issueCoupon(db, { workspaceId, poolId: pool.id, customerId: member.id, idempotencyKey: 'm42-coupon' });

    // The LINE friend has a profile of their own already, with points from following.
    const userId = newLineUser();
    const { customer: friend } = await resolveCustomer(db, workspaceId, [{ kind: 'line', value: userId }]);
    await grantPoints(db, { workspaceId, customerId: friend.id, points: 30, reason: 'follow', idempotencyKey: 'f-1' });
    const token = login.issue(userId, loginChannelId);
    const answers = { birthday: '1988-08-08', phone: '0912 000 042' };
    // No code yet: refused, and the phone is nobody's new identity.
    expect(await submit(token, answers)).toMatchObject({ status: 400, body: { error: 'code_required' } });
    expect(await post('phone-code', { idToken: token, phone: answers.phone, language: 'zh-TW' })).toMatchObject({
      status: 200,
      body: { sent: true },
    });
    const code = lastCodeTo(phone);
    expect(texts.sent.at(-1)?.Body).toBe(`您的驗證碼是 ${code}，10 分鐘內有效。`);
    const stored = await db
      .selectFrom('phoneVerifications')
      .select('codeHash')
      .where('lineUserId', '=', userId)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.codeHash).not.toContain(code);

    const wrong = code === '000000' ? '111111' : '000000';
    expect(await submit(token, answers, wrong)).toMatchObject({
      status: 400,
      body: { error: 'wrong_code', attemptsLeft: 4, issues: [{ path: 'phoneCode' }] },
    });
    // The LINE profile and the member are still two people.
    expect((await customerWith('phone', phone))?.id).toBe(member.id);
    expect((await customerWith('line', userId))?.id).toBe(friend.id);
    expect(await pointsBalanceAt(db, friend.id)).toBe(30);

    expect(await submit(token, answers, code)).toEqual({ status: 200, body: { ok: true } });
    const merged = await customerWith('line', userId);
    expect(merged?.id).toBe(member.id);
    expect(merged?.externalId).toBe('member-42');
    expect(merged?.attributes).toMatchObject({ name: 'Mei', birthday: '1988-08-08', phone });
    expect(await pointsBalanceAt(db, member.id)).toBe(150);
    expect(
      await db.selectFrom('customers').select('id').where('id', '=', friend.id).executeTakeFirst(),
    ).toBeUndefined();
    const coupons = await db
      .selectFrom('coupons')
      .select(['code', 'customerId'])
      .where('poolId', '=', pool.id)
      .execute();
    expect(coupons).toEqual([{ code: 'TEA-42', customerId: member.id }]);
  });

  it('locks a code after five wrong tries', async () => {
    const phone = '+886912000077';
    const userId = newLineUser();
    const token = login.issue(userId, loginChannelId);
    const answers = { birthday: '1990-01-01', phone };
    expect((await post('phone-code', { idToken: token, phone })).status).toBe(200);
    const code = lastCodeTo(phone);
    const wrong = code === '999999' ? '888888' : '999999';
    const left = [];
    for (let attempt = 0; attempt < 5; attempt += 1) left.push((await submit(token, answers, wrong)).body.attemptsLeft);
    expect(left).toEqual([4, 3, 2, 1, 0]);
    expect(await submit(token, answers, code)).toMatchObject({ status: 429, body: { error: 'locked' } });
    expect(await customerWith('phone', phone)).toBeUndefined();
  });

  it(`texts at most ${codesPerHour} codes an hour to a phone, and to a LINE user`, async () => {
    const phone = '+886912000088';
    const statuses = [];
    for (let send = 0; send < codesPerHour + 1; send += 1) {
      const token = login.issue(newLineUser(), loginChannelId);
      statuses.push((await post('phone-code', { idToken: token, phone })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(texts.sent.filter((message) => message.To === phone)).toHaveLength(codesPerHour);

    const token = login.issue(newLineUser(), loginChannelId);
    const perUser = [];
    for (let send = 0; send < codesPerHour + 1; send += 1) {
      perUser.push(await post('phone-code', { idToken: token, phone: `+88691200010${send}` }));
    }
    expect(perUser.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(perUser.at(-1)?.body).toMatchObject({ error: 'too_many_codes', issues: [{ path: 'phone' }] });
  });

  it('serves the form page in the customer’s language under its own policy', async () => {
    const response = await fetch(`${stack.url}/f/${formId}`, { headers: { 'accept-language': 'zh-TW,zh;q=0.9' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="zh-TW">');
    expect(html).toContain('傳送驗證碼');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self' https://static.line-scdn.net");
    expect((await fetch(`${stack.url}/f/${randomUUID()}`)).status).toBe(404);
  });
});
