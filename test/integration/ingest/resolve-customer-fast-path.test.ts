// The one-statement cases of resolveCustomer (identity-fast-path.repository.ts) against the locked
// path: same answers, and concurrent resolutions of one identity still meet on one customer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, listCustomerIdentities, resolveCustomer, upsertCustomer } from '@wayfarer/db';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

describe('resolveCustomer fast paths on Postgres', () => {
  let database: TestDatabase;
  let workspaceId: string;
  beforeAll(async () => {
    database = await createTestDatabase('identity_fast_path');
    workspaceId = (await createWorkspace(database.db, 'Acme')).id;
  });
  afterAll(async () => database.drop());

  const customersNamed = async (externalIds: string[]) =>
    database.db
      .selectFrom('customers')
      .select(['id', 'externalId'])
      .where('workspaceId', '=', workspaceId)
      .where('externalId', 'in', externalIds)
      .execute();

  it('creates the customer of a first-seen userId, then finds it by the bound identity', async () => {
    const first = await resolveCustomer(database.db, workspaceId, [{ kind: 'user_id', value: 'mei' }]);
    expect(first).toMatchObject({ created: true, mergedIds: [], customer: { externalId: 'mei', timezone: 'UTC' } });
    const identities = await listCustomerIdentities(database.db, first.customer.id);
    expect(identities.map((i) => `${i.kind}:${i.value}`)).toEqual(['user_id:mei']);
    const again = await resolveCustomer(database.db, workspaceId, [{ kind: 'user_id', value: 'mei' }]);
    expect(again).toEqual({ created: false, mergedIds: [], customer: first.customer });
  });

  it('finds a customer known only by external id (no identity row yet) and binds the userId', async () => {
    const existing = await upsertCustomer(database.db, { workspaceId, externalId: 'kai', traits: { plan: 'pro' } });
    const resolved = await resolveCustomer(database.db, workspaceId, [{ kind: 'user_id', value: 'kai' }]);
    expect(resolved).toMatchObject({ created: false, customer: { id: existing.id, attributes: { plan: 'pro' } } });
    const identities = await listCustomerIdentities(database.db, existing.id);
    expect(identities.map((i) => `${i.kind}:${i.value}`)).toEqual(['user_id:kai']);
  });

  it('concurrent first events of one new userId create one customer', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, async () =>
        resolveCustomer(database.db, workspaceId, [{ kind: 'user_id', value: 'ann' }]),
      ),
    );
    expect(new Set(results.map((result) => result.customer.id)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await customersNamed(['ann'])).toHaveLength(1);
  });

  it('a first-seen userId racing an identify that claims it for an anonymous profile ends with one customer', async () => {
    const anonymous = await resolveCustomer(database.db, workspaceId, [{ kind: 'line', value: 'Urace' }]);
    const userId = { kind: 'user_id' as const, value: 'rin' };
    const results = await Promise.all(
      Array.from({ length: 8 }, async (_, n) =>
        resolveCustomer(database.db, workspaceId, n % 2 === 0 ? [userId] : [userId, { kind: 'line', value: 'Urace' }]),
      ),
    );
    const left = await customersNamed(['rin', anonymous.customer.externalId]);
    expect(left).toHaveLength(1);
    const [survivor] = left;
    // Whoever came first (a new "rin" absorbing the anonymous profile, or the anonymous profile
    // renamed to "rin"), everybody got the survivor.
    expect(new Set(results.map((result) => result.customer.id))).toEqual(new Set([survivor?.id]));
    const identities = await listCustomerIdentities(database.db, survivor?.id ?? '');
    expect(identities.map((i) => `${i.kind}:${i.value}`)).toEqual(['line:Urace', 'user_id:rin']);
  });
});
