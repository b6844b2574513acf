// Share and referral on the real stack (Postgres, Temporal dev server, the production worker and
// server): a "Share link" step gives a customer their link; a visit to it is `referral_clicked`
// for them and lands on the brand's page with the code; a friend who signs up with the code is
// `referral_joined` for them — once per friend, however often the sign-up is repeated — and a
// journey on that event rewards the referrer once per friend.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCustomerByExternalId } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { eventually } from '../../support/eventually';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type Stack } from '../../support/stack';

const landingUrl = 'https://brand.example/join?utm_source=line';

const inviteFriends: JourneyGraphInput = {
  nodes: [
    { id: 'asked', type: 'core.trigger.event', data: { config: { event: 'invite_requested', where: [] } } },
    { id: 'link', type: 'core.share-link', data: { config: { landingUrl, shareText: '一起來集點' } } },
  ],
  edges: [{ id: 'e1', source: 'asked', sourceHandle: 'out', target: 'link' }],
  settings: { reentry: 'every' },
};

const thankReferrer: JourneyGraphInput = {
  nodes: [
    { id: 'joined', type: 'core.trigger.event', data: { config: { event: 'referral_joined', where: [] } } },
    { id: 'reward', type: 'core.reward.points', data: { config: { points: 100, reason: 'friend joined' } } },
  ],
  edges: [{ id: 'e1', source: 'joined', sourceHandle: 'out', target: 'reward' }],
  settings: { reentry: 'every' },
};

describe('share links and referrals', () => {
  let stack: Stack;
  let key: string;
  let workspaceId: string;

  beforeAll(async () => {
    stack = await startStack('referrals');
    ({ key, workspaceId } = await createWorkspaceWithKey(stack, 'Referrals'));
    const api = apiClient(stack, key);
    for (const [name, graph] of [
      ['Invite friends', inviteFriends],
      ['Thank the referrer', thankReferrer],
    ] as const) {
      const created = await api.journeys.create.mutate({ name, graph });
      await api.journeys.publish.mutate({ journeyId: created.id });
    }
  });
  afterAll(async () => stack?.close());

  const customerId = async (userId: string) =>
    (await findCustomerByExternalId(stack.database.db, workspaceId, userId))?.id ?? '';

  /** The outputs of the share-link steps the customer went through, oldest first. */
  const shareOutputs = async (userId: string) =>
    (
      await stack.database.db
        .selectFrom('stepRuns as r')
        .innerJoin('enrollments as e', 'e.id', 'r.enrollmentId')
        .select('r.output')
        .where('e.customerId', '=', await customerId(userId))
        .where('r.stepId', '=', 'link')
        .orderBy('r.completedAt')
        .execute()
    ).map((row) => row.output as { code: string; link: string; lineShareUrl: string });

  const eventsOf = async (userId: string, name: string) =>
    stack.database.db
      .selectFrom('events')
      .select(['properties'])
      .where('customerId', '=', await customerId(userId))
      .where('name', '=', name)
      .execute();

  const pointsOf = async (userId: string) =>
    stack.database.db
      .selectFrom('pointsLedger')
      .select(['delta', 'reason'])
      .where('customerId', '=', await customerId(userId))
      .execute();

  /** Ana asks for her link (twice: it stays the same link). */
  async function anasLink() {
    for (const messageId of ['ask-1', 'ask-2']) {
      const asked = { userId: 'ana', event: 'invite_requested', messageId };
      expect((await ingest(stack, key, '/v1/track', asked)).status).toBe(200);
    }
    const outputs = await eventually(async () => {
      const found = await shareOutputs('ana');
      return found.length === 2 ? found : undefined;
    });
    return outputs;
  }

  it('gives a customer one share link, and a visit credits them and lands with the code', async () => {
    const [first, second] = await anasLink();
    expect(first?.code).toMatch(/^[A-Za-z0-9]{10}$/);
    expect(second).toEqual(first);
    expect(first?.link).toMatch(new RegExp(`/r/${first?.code}$`));
    const shared = new URL(first?.lineShareUrl ?? '');
    expect(shared.origin + shared.pathname).toBe('https://line.me/R/share');
    expect(shared.searchParams.get('text')).toBe(`一起來集點 ${first?.link}`);

    const visit = await fetch(`${stack.url}/r/${first?.code}`, { redirect: 'manual' });
    expect(visit.status).toBe(302);
    expect(visit.headers.get('location')).toBe(`https://brand.example/join?utm_source=line&ref=${first?.code}`);
    // LINE fetching the link to draw its preview is no visit.
    const preview = await fetch(`${stack.url}/r/${first?.code}`, {
      redirect: 'manual',
      headers: { 'user-agent': 'facebookexternalhit/1.1;line-poker/1.0' },
    });
    expect(preview.status).toBe(302);
    const clicks = await eventually(async () => {
      const found = await eventsOf('ana', 'referral_clicked');
      return found.length > 0 ? found : undefined;
    });
    expect(clicks.map((click) => click.properties)).toEqual([{ code: first?.code }]);

    const unknown = await fetch(`${stack.url}/r/NoSuchCode123`, { redirect: 'manual' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'unknown_link', message: 'This share link does not exist.' });
  });

  it('credits the referrer once per friend who signs up with the code, and nobody for members or themselves', async () => {
    const code = (await shareOutputs('ana'))[0]?.code ?? '';
    expect(code).not.toBe('');
    // A member who identified before the code came along is no friend joining.
    expect((await ingest(stack, key, '/v1/identify', { userId: 'member', traits: {} })).status).toBe(200);

    const signUps = [
      { userId: 'bo', messageId: 'bo-1', traits: { name: '柏', referral_code: code } },
      // Sent again (a new messageId): still one friend.
      { userId: 'bo', messageId: 'bo-2', traits: { name: '柏', referral_code: code } },
      { userId: 'chen', messageId: 'chen-1', traits: { referral_code: code } },
      { userId: 'member', messageId: 'member-2', traits: { referral_code: code } },
      { userId: 'ana', messageId: 'ana-1', traits: { referral_code: code } },
      { userId: 'dee', messageId: 'dee-1', traits: { referral_code: 'NoSuchCode123' } },
    ];
    for (const signUp of signUps) expect((await ingest(stack, key, '/v1/identify', signUp)).status).toBe(200);

    const rewards = await eventually(async () => {
      const found = await pointsOf('ana');
      return found.length >= 2 ? found : undefined;
    });
    const joined = await eventsOf('ana', 'referral_joined');
    expect(
      joined
        .map((event) => event.properties)
        .sort((a, b) => String(a.friendCustomerId).localeCompare(String(b.friendCustomerId))),
    ).toEqual(
      [
        { code, friendCustomerId: await customerId('bo') },
        { code, friendCustomerId: await customerId('chen') },
      ].sort((a, b) => a.friendCustomerId.localeCompare(b.friendCustomerId)),
    );
    expect(rewards).toEqual([
      { delta: 100, reason: 'friend joined' },
      { delta: 100, reason: 'friend joined' },
    ]);
    for (const other of ['bo', 'chen', 'member', 'dee']) expect(await eventsOf(other, 'referral_joined')).toEqual([]);
  });
});
