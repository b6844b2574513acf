import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCustomerTags,
  appendPoints,
  createWorkspace,
  loadCustomerProfile,
  removeCustomerTags,
  setCustomerAttributes,
  upsertCustomer,
} from '@wayfarer/db';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

describe('customer profiles on Postgres', () => {
  let database: TestDatabase;
  let workspaceId: string;
  beforeAll(async () => {
    database = await createTestDatabase('customers');
    workspaceId = (await createWorkspace(database.db, 'Acme')).id;
  });
  afterAll(async () => database.drop());

  it('identify merges traits key by key and keeps time zone and locale unless given', async () => {
    await upsertCustomer(database.db, {
      workspaceId,
      externalId: 'u1',
      traits: { name: 'Mei', plan: 'free' },
      timezone: 'Asia/Taipei',
      locale: 'zh-TW',
    });
    const merged = await upsertCustomer(database.db, { workspaceId, externalId: 'u1', traits: { plan: 'pro' } });
    expect(merged).toMatchObject({
      attributes: { name: 'Mei', plan: 'pro' },
      timezone: 'Asia/Taipei',
      locale: 'zh-TW',
    });
  });

  it('keeps attribute keys exactly as written (no case conversion inside jsonb)', async () => {
    const customer = await upsertCustomer(database.db, {
      workspaceId,
      externalId: 'u2',
      traits: { first_name: 'Lin', 'Loyalty-ID': 7 },
    });
    await setCustomerAttributes(database.db, customer.id, { stamps_coffee: 3, nested_value: { inner_key: true } });
    const profile = await loadCustomerProfile(database.db, customer.id);
    expect(profile?.attributes).toEqual({
      first_name: 'Lin',
      'Loyalty-ID': 7,
      stamps_coffee: 3,
      nested_value: { inner_key: true },
    });
  });

  it('loads tags and the points balance with the profile', async () => {
    const customer = await upsertCustomer(database.db, { workspaceId, externalId: 'u3' });
    await addCustomerTags(database.db, {
      workspaceId,
      customerId: customer.id,
      tags: ['vip', 'line', 'vip'],
      source: 'test',
    });
    await removeCustomerTags(database.db, customer.id, ['line']);
    const grant = {
      workspaceId,
      customerId: customer.id,
      reason: 'test',
      journeyId: null,
      enrollmentId: null,
      stepId: null,
    };
    await appendPoints(database.db, { ...grant, delta: 120, idempotencyKey: 'k1' });
    await appendPoints(database.db, { ...grant, delta: -20, idempotencyKey: 'k2' });
    expect(await appendPoints(database.db, { ...grant, delta: 120, idempotencyKey: 'k1' })).toMatchObject({
      duplicate: true,
    });
    expect(await loadCustomerProfile(database.db, customer.id)).toMatchObject({
      tags: ['vip'],
      points: 100,
      timezone: 'UTC',
      locale: 'en',
    });
  });
});
