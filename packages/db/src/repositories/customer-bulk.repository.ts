// Profile writes for many customers in one statement each (an import batch): attributes merged key
// by key like an identify's traits, and tags added. A write that changes nothing touches nothing,
// so importing the same file again leaves every row as it was.
import { sql } from 'kysely';
import type { Db } from '../connect';
import { arrayLiteral } from '../array-literal';
import { toJson } from '../json';

/** Merges each patch into its customer's attributes (one patch per customer; later keys win within it). */
export async function mergeAttributesOf(
  db: Db,
  patches: readonly { customerId: string; attributes: Record<string, unknown> }[],
): Promise<number> {
  const wanted = patches.filter((patch) => Object.keys(patch.attributes).length > 0);
  if (wanted.length === 0) return 0;
  const result = await sql`
    update customers as c set attributes = c.attributes || p.patch, updated_at = now()
    from unnest(${wanted.map((patch) => patch.customerId)}::uuid[], ${wanted.map((patch) => toJson(patch.attributes))}::jsonb[])
      as p(id, patch)
    where c.id = p.id and not (c.attributes @> p.patch)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Adds tags (with their source) to customers; tags a customer has already are left as they were. */
export async function addTagsOf(
  db: Db,
  workspaceId: string,
  tags: readonly { customerId: string; tag: string }[],
  source: string,
): Promise<void> {
  if (tags.length === 0) return;
  await sql`
    insert into customer_tags (workspace_id, customer_id, tag, source)
    select ${workspaceId}, customer_id, tag, ${source}
    from unnest(${arrayLiteral(tags.map((entry) => entry.customerId))}::uuid[], ${arrayLiteral(tags.map((entry) => entry.tag))}::text[]) as t(customer_id, tag)
    on conflict (customer_id, tag) do nothing`.execute(db);
}
