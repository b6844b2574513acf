import { findCustomerByExternalId, upsertCustomer, type Customer, type Db } from '@wayfarer/db';

/** The customer with this external id (Segment userId), created with an empty profile if new. */
export async function findOrCreateCustomer(db: Db, workspaceId: string, externalId: string): Promise<Customer> {
  // Read first: most events come from known customers, and a read avoids a write per event.
  return (
    (await findCustomerByExternalId(db, workspaceId, externalId)) ??
    (await upsertCustomer(db, { workspaceId, externalId }))
  );
}
