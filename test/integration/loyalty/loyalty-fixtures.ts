import { createWorkspace, type Db } from '@wayfarer/db';

/** A workspace with `count` customers (ids in creation order). */
export async function seedCustomers(
  db: Db,
  count: number,
  options: { timezone?: string; label?: string } = {},
): Promise<{ workspaceId: string; customerIds: string[] }> {
  const workspace = await createWorkspace(db, options.label ?? 'Loyalty');
  const rows = Array.from({ length: count }, (_, i) => ({
    workspaceId: workspace.id,
    externalId: `${options.label ?? 'c'}-${i}`,
    attributes: '{}',
    timezone: options.timezone ?? 'UTC',
    locale: 'en',
    updatedAt: new Date(),
  }));
  const inserted = await db.insertInto('customers').values(rows).returning('id').execute();
  return { workspaceId: workspace.id, customerIds: inserted.map((row) => row.id) };
}

/** Runs `work` over `items` with at most `concurrency` calls in flight; results keep the items' order. */
export async function inParallel<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T, index);
    }
  });
  await Promise.all(lanes);
  return results;
}
