import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  eventJourney,
  startTestServer,
  trpcClient,
  trpcError,
  type TestServer,
} from '../server/support';
import { newBrowser, signIn, type Browser } from './support';

const password = 'a long enough password';
let test: TestServer;
let owner: Browser;

async function invite(
  admin: Browser,
  email: string,
  role: 'admin' | 'editor' | 'publisher' | 'viewer',
): Promise<Browser> {
  const { token } = await admin.client.members.invite.mutate({ email, role });
  const invitee = newBrowser(test);
  const me = await invitee.client.auth.acceptInvitation.mutate({ token, name: email.split('@')[0], password });
  invitee.csrfToken = me.signedIn ? (me.csrfToken ?? undefined) : undefined;
  return invitee;
}

beforeAll(async () => {
  test = await startTestServer('accounts');
  owner = newBrowser(test);
  expect(await owner.client.auth.me.query()).toEqual({ signedIn: false, signUpOpen: true });
  const me = await owner.client.auth.signUp.mutate({
    email: 'Owner@Example.com',
    password,
    name: 'Olive',
    workspaceName: 'Acme',
  });
  if (!me.signedIn) throw new Error('sign-up did not sign in');
  owner.csrfToken = me.csrfToken ?? undefined;
});

afterAll(async () => {
  await test.close();
});

describe('sign-up and sign-in', () => {
  it('makes the first user owner and then closes sign-up', async () => {
    const me = await owner.client.auth.me.query();
    expect(me).toMatchObject({ signedIn: true, via: 'session', role: 'owner', user: { email: 'owner@example.com' } });
    const second = newBrowser(test);
    expect(await second.client.auth.me.query()).toEqual({ signedIn: false, signUpOpen: false });
    const refused = await trpcError(second.client.auth.signUp.mutate({ email: 'x@example.com', password, name: 'X' }));
    expect(refused.data?.code).toBe('FORBIDDEN');
  });

  it('stores only a salted scrypt hash of the password and a hash of the session token', async () => {
    const user = await test.database.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(user.passwordHash).not.toContain(password);
    const token = decodeURIComponent(owner.cookie?.split('=')[1] ?? '');
    const sessions = await test.database.db.selectFrom('sessions').select('tokenHash').execute();
    expect(sessions.map((row) => row.tokenHash)).not.toContain(token);
  });

  it('refuses a wrong password, then rate-limits the email after 5 failures even with the right one', async () => {
    await invite(owner, 'limited@example.com', 'viewer');
    const browser = newBrowser(test);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const wrong = await trpcError(
        browser.client.auth.signIn.mutate({ email: 'limited@example.com', password: 'nope' }),
      );
      expect(wrong.data?.code).toBe('UNAUTHORIZED');
    }
    const limited = await trpcError(browser.client.auth.signIn.mutate({ email: 'limited@example.com', password }));
    expect(limited.data?.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.data?.httpStatus).toBe(429);
    // Another email from the same address is not affected.
    await signIn(newBrowser(test), 'owner@example.com', password);
  });
});

describe('sessions', () => {
  it('ends after 12 hours idle and after 14 days however active', async () => {
    const browser = newBrowser(test);
    await signIn(browser, 'owner@example.com', password);
    await browser.client.journeys.list.query({});
    const { db } = test.database;
    const latest = () => db.selectFrom('sessions').select('id').orderBy('createdAt', 'desc').limit(1);
    await db
      .updateTable('sessions')
      .set({ lastSeenAt: sql`now() - interval '13 hours'` })
      .where('id', '=', latest())
      .execute();
    expect((await trpcError(browser.client.journeys.list.query({}))).data?.code).toBe('UNAUTHORIZED');
    expect(await browser.client.auth.me.query()).toMatchObject({ signedIn: false });

    await signIn(browser, 'owner@example.com', password);
    await db
      .updateTable('sessions')
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where('id', '=', latest())
      .execute();
    expect((await trpcError(browser.client.journeys.list.query({}))).data?.code).toBe('UNAUTHORIZED');
  });

  it('signs out this browser only, or everywhere', async () => {
    const [first, second, third] = [newBrowser(test), newBrowser(test), newBrowser(test)];
    for (const browser of [first, second, third]) await signIn(browser, 'owner@example.com', password);
    await first.client.auth.signOut.mutate();
    expect(first.cookie).toBeUndefined();
    await second.client.journeys.list.query({});
    await second.client.auth.signOutEverywhere.mutate();
    expect((await trpcError(third.client.journeys.list.query({}))).data?.code).toBe('UNAUTHORIZED');
    expect(await third.client.auth.me.query()).toMatchObject({ signedIn: false });
    await signIn(first, 'owner@example.com', password);
    owner = first;
  });

  it('sets an HTTP-only, SameSite=Lax cookie', async () => {
    const response = await test.server.app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      payload: { email: 'owner@example.com', password },
    });
    const [cookie = ''] = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    expect(cookie).toMatch(/^wayfarer_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Expires=/);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated mutation without the token or with a wrong one', async () => {
    const browser = newBrowser(test);
    await signIn(browser, 'owner@example.com', password);
    const token = browser.csrfToken;
    await browser.client.journeys.list.query({}); // reads need no token
    browser.csrfToken = undefined;
    const missing = await trpcError(browser.client.journeys.create.mutate({ name: 'No token' }));
    expect(missing.data?.httpStatus).toBe(403);
    browser.csrfToken = `${token ?? ''}x`;
    const wrong = await trpcError(browser.client.journeys.create.mutate({ name: 'Wrong token' }));
    expect(wrong.data?.httpStatus).toBe(403);
    browser.csrfToken = token;
    await browser.client.journeys.create.mutate({ name: 'Right token' });
  });

  it('asks nothing of API-key callers, who act as admin', async () => {
    const workspace = await createTestWorkspace(test, 'Keyed');
    const client = trpcClient(test, workspace.fullKey);
    await client.journeys.create.mutate({ name: 'By key' });
    expect(await client.auth.me.query()).toMatchObject({
      signedIn: true,
      via: 'api_key',
      role: 'admin',
      csrfToken: null,
    });
    const ingestOnly = await trpcError(trpcClient(test, workspace.ingestKey).journeys.list.query({}));
    expect(ingestOnly.data?.code).toBe('FORBIDDEN');
  });
});

describe('invitations and members', () => {
  it('joins a new user with the invited role; the link works once', async () => {
    const { token, path } = await owner.client.members.invite.mutate({ email: 'Eddie@Example.com', role: 'editor' });
    expect(path).toBe(`/accept-invitation#${token}`);
    const preview = await newBrowser(test).client.auth.invitation.query({ token });
    expect(preview).toEqual({ email: 'eddie@example.com', role: 'editor', workspaceName: 'Acme', hasAccount: false });
    const eddie = newBrowser(test);
    const me = await eddie.client.auth.acceptInvitation.mutate({ token, name: 'Eddie', password });
    expect(me).toMatchObject({ signedIn: true, role: 'editor', user: { name: 'Eddie' } });
    const again = await trpcError(newBrowser(test).client.auth.acceptInvitation.mutate({ token, name: 'X', password }));
    expect(again.data?.code).toBe('NOT_FOUND');
    const { members } = await owner.client.members.list.query();
    expect(members.map((member) => [member.email, member.role])).toContainEqual(['eddie@example.com', 'editor']);
  });

  it('lets an existing user join another workspace with their password', async () => {
    const other = await createTestWorkspace(test, 'Other');
    const { token } = await trpcClient(test, other.fullKey).members.invite.mutate({
      email: 'owner@example.com',
      role: 'viewer',
    });
    const refused = await trpcError(
      newBrowser(test).client.auth.acceptInvitation.mutate({ token, password: 'wrong password!' }),
    );
    expect(refused.data?.code).toBe('UNAUTHORIZED');
    const joined = await newBrowser(test).client.auth.acceptInvitation.mutate({ token, password });
    expect(joined).toMatchObject({ signedIn: true, role: 'viewer', workspace: { name: 'Other' } });
  });

  it('protects owners: only owners touch owners, and the last owner stays', async () => {
    const admin = await invite(owner, 'ada@example.com', 'admin');
    const me = await owner.client.auth.me.query();
    const ownerId = me.signedIn ? (me.user?.id ?? '') : '';
    expect((await trpcError(admin.client.members.remove.mutate({ userId: ownerId }))).data?.code).toBe('FORBIDDEN');
    expect(
      (await trpcError(admin.client.members.invite.mutate({ email: 'o2@example.com', role: 'owner' }))).data?.code,
    ).toBe('FORBIDDEN');
    const demote = await trpcError(owner.client.members.changeRole.mutate({ userId: ownerId, role: 'admin' }));
    expect(demote.data?.code).toBe('PRECONDITION_FAILED');
    const viewer = await invite(owner, 'vic@example.com', 'viewer');
    expect(
      (await trpcError(viewer.client.members.invite.mutate({ email: 'v2@example.com', role: 'viewer' }))).data?.code,
    ).toBe('FORBIDDEN');
  });

  it('applies a role change and a removal at once to live sessions', async () => {
    const member = await invite(owner, 'rita@example.com', 'editor');
    const me = await member.client.auth.me.query();
    const userId = me.signedIn ? (me.user?.id ?? '') : '';
    await member.client.journeys.create.mutate({ name: 'Rita draft' });
    await owner.client.members.changeRole.mutate({ userId, role: 'viewer' });
    expect((await trpcError(member.client.journeys.create.mutate({ name: 'Nope' }))).data?.code).toBe('FORBIDDEN');
    await owner.client.members.remove.mutate({ userId });
    expect((await trpcError(member.client.journeys.list.query({}))).data?.code).toBe('UNAUTHORIZED');
  });
});

describe('approval before publish', () => {
  it('publishes as before while approvals are off; an editor may not publish', async () => {
    const editor = await invite(owner, 'ed2@example.com', 'editor');
    const journey = await editor.client.journeys.create.mutate({ name: 'Off', graph: eventJourney('signup') });
    expect((await trpcError(editor.client.journeys.publish.mutate({ journeyId: journey.id }))).data?.code).toBe(
      'FORBIDDEN',
    );
    await owner.client.journeys.publish.mutate({ journeyId: journey.id });
  });

  it('requires the exact draft revision to be approved by a publisher; an edit voids it', async () => {
    await owner.client.members.setRequireApproval.mutate({ requireApproval: true });
    const editor = await invite(owner, 'ed3@example.com', 'editor');
    const publisher = await invite(owner, 'pub@example.com', 'publisher');
    const journey = await editor.client.journeys.create.mutate({ name: 'Gated', graph: eventJourney('signup') });

    const unapproved = await trpcError(publisher.client.journeys.publish.mutate({ journeyId: journey.id }));
    expect(unapproved.data?.code).toBe('PRECONDITION_FAILED');
    expect(unapproved.message).toContain('approval_required');

    const requested = await editor.client.journeys.requestApproval.mutate({ journeyId: journey.id });
    expect(requested).toMatchObject({ required: true, state: 'pending' });
    const revision = requested.draftRevision;
    expect(
      (await trpcError(editor.client.journeys.approve.mutate({ journeyId: journey.id, draftRevision: revision }))).data
        ?.code,
    ).toBe('FORBIDDEN');
    expect((await trpcError(publisher.client.journeys.publish.mutate({ journeyId: journey.id }))).data?.code).toBe(
      'PRECONDITION_FAILED',
    );
    await publisher.client.journeys.approve.mutate({ journeyId: journey.id, draftRevision: revision });

    // An edit after approval voids it.
    await editor.client.journeys.saveDraft.mutate({
      journeyId: journey.id,
      graph: eventJourney('signup', { reentry: 'always' }),
    });
    expect(await publisher.client.journeys.approval.query({ journeyId: journey.id })).toMatchObject({ state: 'none' });
    expect((await trpcError(publisher.client.journeys.publish.mutate({ journeyId: journey.id }))).data?.code).toBe(
      'PRECONDITION_FAILED',
    );
    const stale = await trpcError(
      publisher.client.journeys.approve.mutate({ journeyId: journey.id, draftRevision: revision }),
    );
    expect(stale.data?.code).toBe('PRECONDITION_FAILED');

    const again = await editor.client.journeys.requestApproval.mutate({ journeyId: journey.id });
    await publisher.client.journeys.approve.mutate({ journeyId: journey.id, draftRevision: again.draftRevision });
    const published = await publisher.client.journeys.publish.mutate({ journeyId: journey.id });
    expect(published.number).toBe(1);
    await owner.client.members.setRequireApproval.mutate({ requireApproval: false });
  });
});
