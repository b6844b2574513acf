// Customers read page by page for an export: keyset pagination on the customer id (no offset, so
// a page costs the same at row 1 and row 1,000,000), optionally only a segment's or list's members,
// with each page's identities and tags read in one query each.
import { sql } from 'kysely';
import type { Db } from '../connect';
import type { IdentityKind } from '../schema';

export interface ExportedCustomer {
  id: string;
  externalId: string;
  attributes: Record<string, unknown>;
  createdAt: Date;
  identities: { kind: IdentityKind; value: string }[];
  tags: string[];
}

export interface CustomerExportPage {
  workspaceId: string;
  /** Only the members of this segment or list. */
  segmentId?: string;
  /** The last customer id of the previous page. */
  after?: string;
  limit: number;
}

function byCustomer<T extends { customerId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.customerId, [...(groups.get(row.customerId) ?? []), row]);
  return groups;
}

/** The next page of the workspace's customers, in id order. */
export async function readCustomerExportPage(db: Db, page: CustomerExportPage): Promise<ExportedCustomer[]> {
  let query = db
    .selectFrom('customers')
    .select(['id', 'externalId', 'attributes', 'createdAt'])
    .where('workspaceId', '=', page.workspaceId)
    .orderBy('id')
    .limit(page.limit);
  if (page.after !== undefined) query = query.where('id', '>', page.after);
  const { segmentId } = page;
  if (segmentId !== undefined) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('segmentMemberships')
          .select(sql`1`.as('one'))
          .whereRef('segmentMemberships.customerId', '=', 'customers.id')
          .where('segmentMemberships.segmentId', '=', segmentId),
      ),
    );
  }
  const customers = await query.execute();
  if (customers.length === 0) return [];
  const ids = customers.map((customer) => customer.id);
  const [identities, tags] = await Promise.all([
    db
      .selectFrom('customerIdentities')
      .select(['customerId', 'kind', 'value'])
      .where('workspaceId', '=', page.workspaceId)
      .where('customerId', 'in', ids)
      .orderBy('createdAt')
      .orderBy('value')
      .execute(),
    db
      .selectFrom('customerTags')
      .select(['customerId', 'tag'])
      .where('workspaceId', '=', page.workspaceId)
      .where('customerId', 'in', ids)
      .orderBy('tag')
      .execute(),
  ]);
  const identitiesOf = byCustomer(identities);
  const tagsOf = byCustomer(tags);
  return customers.map((customer) => ({
    ...customer,
    identities: (identitiesOf.get(customer.id) ?? []).map(({ kind, value }) => ({ kind, value })),
    tags: (tagsOf.get(customer.id) ?? []).map((row) => row.tag),
  }));
}
