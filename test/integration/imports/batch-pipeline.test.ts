import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createImport,
  createWorkspace,
  listImportRejects,
  resolveCustomer,
  storeFile,
  type Db,
  type IdentityInput,
} from '@wayfarer/db';
import { importMappingSchema } from '@wayfarer/imports';
import { beginImportJob, importRowsSlice } from '@wayfarer/imports/jobs';
import type { RoutingDeps } from '@wayfarer/routing';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

// An import writes a file in batches, two at once when their customers are disjoint, and finds a
// row repeating an earlier row's identity through keys it holds in memory. Whatever the rows and
// the customers identify already made, batches of two rows must leave exactly what one batch of the
// whole file leaves (one batch resolves as identify does: test/integration/db/bulk-resolve.test.ts).

const member = fc.record({
  userId: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  email: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  phone: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  points: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
});
type Member = typeof member extends fc.Arbitrary<infer T> ? T : never;

const phoneOf = (n: number) => `+88691200000${n}`;

function identitiesOf(row: Member): IdentityInput[] {
  return [
    ...(row.userId === undefined ? [] : [{ kind: 'user_id' as const, value: `u${row.userId}` }]),
    ...(row.email === undefined ? [] : [{ kind: 'email' as const, value: `e${row.email}@x.tw` }]),
    ...(row.phone === undefined ? [] : [{ kind: 'phone' as const, value: phoneOf(row.phone) }]),
  ];
}

function csvOf(rows: readonly Member[]): string {
  const lines = rows.map((row, index) =>
    [
      row.userId === undefined ? '' : `u${row.userId}`,
      row.email === undefined ? '' : `e${row.email}@x.tw`,
      row.phone === undefined ? '' : phoneOf(row.phone),
      `name ${index}`,
      row.points ?? '',
    ].join(','),
  );
  return ['id,email,phone,name,points', ...lines].join('\n');
}

const mapping = importMappingSchema.parse({
  columns: {
    id: 'externalId',
    email: 'email',
    phone: 'phone',
    name: { target: 'attribute', key: 'name', type: 'text' },
    points: { target: 'points', reason: 'Opening balance', expiresInMonths: null },
  },
  defaultCountry: 'TW',
});

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text);
}

async function importFile(db: Db, workspaceId: string, csv: string, batchRows: number) {
  const file = await storeFile(db, { workspaceId, purpose: 'import', name: 'members.csv' }, bytesOf(csv));
  const job = await createImport(db, { workspaceId, fileId: file.id, mapping });
  const deps = { db } as unknown as RoutingDeps;
  await beginImportJob(deps, job.id);
  const { progress, done } = await importRowsSlice(deps, job.id, { budgetMs: 60_000, batchRows });
  const rejects = await listImportRejects(db, job.id, { limit: 1000 });
  return {
    done,
    counts: { imported: progress.imported, created: progress.created, rejected: progress.rejected },
    rejects: rejects.map((reject) => ({ row: reject.row, problems: reject.problems })),
  };
}

/** Customers (by external id) with their attributes, identities, merges and balances. */
async function state(db: Db, workspaceId: string) {
  const rows = async (query: ReturnType<typeof sql>) => (await query.execute(db)).rows;
  return {
    customers: await rows(sql`select external_id, attributes from customers where workspace_id = ${workspaceId}
      order by external_id`),
    identities: await rows(sql`select i.kind, i.value, c.external_id as owner from customer_identities i
      join customers c on c.id = i.customer_id where i.workspace_id = ${workspaceId} order by i.kind, i.value`),
    merges:
      await rows(sql`select s.external_id as survivor from customer_merges m join customers s on s.id = m.survivor_id
      where m.workspace_id = ${workspaceId} order by s.external_id`),
    ledger: await rows(sql`select c.external_id as owner, l.delta, l.reason from points_ledger l
      join customers c on c.id = l.customer_id where l.workspace_id = ${workspaceId} order by c.external_id, l.delta`),
  };
}

describe('an import written in batches', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('import_batches');
  });
  afterAll(async () => database.drop());

  it('leaves with batches of two rows exactly what one batch of the whole file leaves', async () => {
    const { db } = database;
    await fc.assert(
      fc.asyncProperty(
        fc.array(member, { maxLength: 6 }),
        fc.array(member, { minLength: 1, maxLength: 14 }),
        async (existing, rows) => {
          const csv = csvOf(rows);
          const [small, whole] = await Promise.all([createWorkspace(db, 'small'), createWorkspace(db, 'whole')]);
          for (const workspace of [small, whole]) {
            for (const row of existing) {
              const set = identitiesOf(row);
              if (set.length > 0) await resolveCustomer(db, workspace.id, set);
            }
          }
          const inBatches = await importFile(db, small.id, csv, 2);
          const inOne = await importFile(db, whole.id, csv, 1000);
          expect(inBatches.done && inOne.done).toBe(true);
          expect(inBatches.counts).toEqual(inOne.counts);
          expect(inBatches.rejects).toEqual(inOne.rejects);
          expect(await state(db, small.id)).toEqual(await state(db, whole.id));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('finds a row repeating an identity of a row several batches before it, and says which', async () => {
    const { db } = database;
    const workspace = await createWorkspace(db, 'repeats');
    const csv = [
      'id,email,phone,name,points',
      'u1,a@x.tw,,first,',
      'u2,,,b,',
      'u3,,,c,',
      'u4,,,d,',
      'u5,A@x.tw,,again,',
    ];
    const result = await importFile(db, workspace.id, csv.join('\n'), 1);
    expect(result.counts).toEqual({ imported: 4, created: 4, rejected: 1 });
    expect(result.rejects).toEqual([{ row: 6, problems: [{ column: null, code: 'duplicate_row', duplicateOf: 2 }] }]);
  });
});
