import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  identifyCustomer,
  startTestServer,
  trpcClient,
  trpcError,
  type TestServer,
  type TestWorkspace,
} from './support';

// `customers.getByExternalId`: the profile by the id the workspace's own systems use.
describe('customers.getByExternalId', () => {
  let test: TestServer;
  let workspace: TestWorkspace;
  let other: TestWorkspace;
  let api: ReturnType<typeof trpcClient>;

  beforeAll(async () => {
    test = await startTestServer('server_customers_external');
    workspace = await createTestWorkspace(test);
    other = await createTestWorkspace(test, 'Other');
    api = trpcClient(test, workspace.fullKey);
  });
  afterAll(async () => test.close());

  it('returns the same profile as customers.get', async () => {
    const id = await identifyCustomer(test, workspace, 'crm-42', { name: '王小明', locale: 'zh-TW' });
    const byExternalId = await api.customers.getByExternalId.query({ externalId: 'crm-42' });
    expect(byExternalId).toEqual(await api.customers.get.query({ customerId: id }));
    expect(byExternalId).toMatchObject({ id, externalId: 'crm-42', attributes: { name: '王小明' } });
  });

  it('is NOT_FOUND for an unknown id and for a customer of another workspace', async () => {
    await identifyCustomer(test, other, 'theirs-7', { name: 'Not yours' });
    for (const externalId of ['nobody', 'theirs-7', 'CRM-42']) {
      const error = await trpcError(api.customers.getByExternalId.query({ externalId }));
      expect(error.data).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404 });
    }
    const theirs = await trpcClient(test, other.fullKey).customers.getByExternalId.query({ externalId: 'theirs-7' });
    expect(theirs.externalId).toBe('theirs-7');
  });

  it('refuses an empty external id with a 400 naming the field', async () => {
    const error = await trpcError(api.customers.getByExternalId.query({ externalId: '' }));
    expect(error.data).toMatchObject({ code: 'BAD_REQUEST', issues: [{ path: 'externalId' }] });
  });
});
