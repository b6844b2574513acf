import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsubscribeUrl } from '@wayfarer/channels';
import { findChannelConsent, resolveCustomer } from '@wayfarer/db';
import { createTestWorkspace, startTestServer, type TestServer } from './support';

// The one-click unsubscribe link of emails, served by the API server (RFC 8058).
describe('unsubscribe link', () => {
  const linkKey = randomBytes(32);
  let test: TestServer;
  let workspaceId: string;

  beforeAll(async () => {
    test = await startTestServer('server_unsubscribe', { unsubscribeLinkKey: linkKey });
    workspaceId = (await createTestWorkspace(test)).workspaceId;
  });
  afterAll(async () => test.close());

  async function customerWithLink() {
    const { customer } = await resolveCustomer(test.database.db, workspaceId, [
      { kind: 'email', value: `${randomBytes(4).toString('hex')}@example.com` },
    ]);
    const link = new URL(unsubscribeUrl(test.url, linkKey, { workspaceId, customerId: customer.id, channel: 'email' }));
    return { customerId: customer.id, path: `${link.pathname}${link.search}` };
  }

  const unsubscribedEvents = (customerId: string) =>
    test.database.db
      .selectFrom('events')
      .select(['name', 'properties'])
      .where('customerId', '=', customerId)
      .where('name', '=', 'unsubscribed')
      .execute();

  it('GET only asks; POST (one-click) unsubscribes once and records one event', async () => {
    const { customerId, path } = await customerWithLink();
    const page = await test.server.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<form method="post"');
    expect(await findChannelConsent(test.database.db, customerId, 'email')).toBeUndefined();

    for (let attempt = 0; attempt < 2; attempt += 1) {
      const done = await test.server.app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      expect(done.statusCode).toBe(200);
    }
    expect(await findChannelConsent(test.database.db, customerId, 'email')).toMatchObject({
      status: 'unsubscribed',
      source: 'unsubscribe_link',
    });
    expect(await unsubscribedEvents(customerId)).toEqual([
      { name: 'unsubscribed', properties: { channel: 'email', source: 'unsubscribe_link' } },
    ]);
  });

  it('refuses a link whose signature does not match, and changes nothing', async () => {
    const { customerId, path } = await customerWithLink();
    const other = await customerWithLink();
    // Someone edits the customer id of their own link to unsubscribe another customer.
    const forged = path.replace(customerId, other.customerId);
    const answer = await test.server.app.inject({ method: 'POST', url: forged.replace(/s=[^&]+/, 's=forged') });
    expect(answer.statusCode).toBe(403);
    expect(answer.json()).toMatchObject({ error: 'invalid_link' });
    const edited = await test.server.app.inject({ method: 'POST', url: path.replace(customerId, other.customerId) });
    expect(edited.statusCode).toBe(403);
    expect(await findChannelConsent(test.database.db, other.customerId, 'email')).toBeUndefined();
    expect(await unsubscribedEvents(other.customerId)).toEqual([]);
  });
});
