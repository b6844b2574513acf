import { resolveCustomer, type Customer, type Db } from '@wayfarer/db';

/**
 * The customer with this external id (Segment userId), created with an empty profile if new. A
 * userId of a customer merged into another resolves to the survivor.
 */
export async function findOrCreateCustomer(db: Db, workspaceId: string, externalId: string): Promise<Customer> {
  return (await resolveCustomer(db, workspaceId, [{ kind: 'user_id', value: externalId }])).customer;
}
