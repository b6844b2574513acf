// One batch of an import, written in the caller's transaction: rows mapped, duplicates within the
// file found, customers resolved (as identify resolves them), profiles, tags, consents, tiers,
// opening balances and list memberships written, and every rejected row recorded with why.
import {
  addListMembers,
  addTagsOf,
  claimImportKeys,
  findCustomersOf,
  insertImportRejects,
  mergeAttributesOf,
  recordConsents,
  removeListMembers,
  resolveImportedCustomers,
  type Db,
} from '@wayfarer/db';
import { assignTiers, grantPointsMany } from '@wayfarer/loyalty';
import { isBlankRow, type CsvRow } from '../files/csv-rows';
import { identityKeyOf, type ImportRecord } from '../mapping/import-record';
import type { RowProblem } from '../mapping/problems';
import { createRowMapper } from '../mapping/row-mapper';
import { foldByCustomer, openingBalanceKey } from './fold-records';
import type { ImportJob } from './import-job';

/** Where imported tags say they came from. */
export const IMPORT_TAG_SOURCE = 'import';

export interface BatchOutcome {
  processed: number;
  imported: number;
  created: number;
  rejected: number;
  /** Customers who entered or left the job's list: their facts are routed after the commit. */
  listChanged: string[];
}

export interface Rejected {
  row: number;
  problems: RowProblem[];
  cells: string[];
}

/** Rows whose identities an earlier row of the file named (in this batch or an earlier one). */
async function findDuplicates(trx: Db, job: ImportJob, records: readonly ImportRecord[]): Promise<Map<number, number>> {
  const firstRow = new Map<string, number>();
  const duplicateOf = new Map<number, number>();
  for (const record of records) {
    const earlier = record.identities
      .map((identity) => firstRow.get(identityKeyOf(identity)))
      .find((row) => row !== undefined);
    if (earlier !== undefined) duplicateOf.set(record.row, earlier);
    for (const identity of record.identities)
      if (!firstRow.has(identityKeyOf(identity))) firstRow.set(identityKeyOf(identity), record.row);
  }
  const seen = await claimImportKeys(
    trx,
    job.importId,
    [...firstRow].map(([key, row]) => ({ key, row })),
  );
  for (const record of records) {
    const earlier = record.identities
      .map((identity) => seen.get(identityKeyOf(identity)))
      .filter((row) => row !== undefined);
    if (earlier.length > 0 && !duplicateOf.has(record.row)) duplicateOf.set(record.row, Math.min(...earlier));
  }
  return duplicateOf;
}

async function writeProfiles(
  trx: Db,
  job: ImportJob,
  resolved: { customerId: string; record: ImportRecord }[],
  now: Date,
) {
  const writes = foldByCustomer(resolved);
  await mergeAttributesOf(trx, writes);
  await addTagsOf(
    trx,
    job.workspaceId,
    writes.flatMap((w) => w.tags.map((tag) => ({ customerId: w.customerId, tag }))),
    IMPORT_TAG_SOURCE,
  );
  await recordConsents(
    trx,
    job.workspaceId,
    writes.flatMap((w) =>
      w.consents.map((consent) => ({ customerId: w.customerId, ...consent, at: consent.at ?? now })),
    ),
  );
  const tiers = writes.flatMap((w) => (w.tier === null ? [] : [{ customerId: w.customerId, tierKey: w.tier }]));
  await assignTiers(trx, job.workspaceId, tiers, now);
  const grants = resolved.flatMap(({ customerId, record }) =>
    record.points === null
      ? []
      : [
          {
            workspaceId: job.workspaceId,
            customerId,
            points: record.points.amount,
            reason: record.points.reason,
            idempotencyKey: openingBalanceKey(job.workspaceId, record),
            now,
            ...(record.points.expiresInMonths === undefined ? {} : { expiresInMonths: record.points.expiresInMonths }),
          },
        ],
  );
  await grantPointsMany(trx, grants);
}

/** A batch's rows mapped (pure work, done while the batch before it is being written). */
export interface MappedBatch {
  /** Rows read, blank ones included. */
  rows: readonly CsvRow[];
  records: ImportRecord[];
  /** Rows the mapping rejected. */
  rejected: Rejected[];
}

/** Maps a batch's rows with the job's mapping; blank rows are skipped (but counted as processed). */
export function mapImportBatch(job: ImportJob, rows: readonly CsvRow[]): MappedBatch {
  const mapRow = createRowMapper(job.header, job.mapping, job.tiers);
  const rejected: Rejected[] = [];
  const records: ImportRecord[] = [];
  for (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const mapped = mapRow(cells, row);
    if (mapped.ok) records.push(mapped.record);
    else rejected.push({ row, problems: mapped.problems, cells });
  }
  return { rows, records, rejected };
}

/** Writes a mapped batch (in file order) inside `trx`; the caller advances the job's cursor in the same transaction. */
export async function writeImportBatch(trx: Db, job: ImportJob, batch: MappedBatch, now: Date): Promise<BatchOutcome> {
  const { rows, records } = batch;
  const rejected = [...batch.rejected];
  const cellsOf = new Map(rows.map((row) => [row.row, row.cells]));
  const duplicates = await findDuplicates(trx, job, records);
  const accepted = records.filter((record) => {
    const earlier = duplicates.get(record.row);
    if (earlier === undefined) return true;
    rejected.push({
      row: record.row,
      problems: [{ column: null, code: 'duplicate_row', duplicateOf: earlier }],
      cells: cellsOf.get(record.row) ?? [],
    });
    return false;
  });
  const outcome = await writeAccepted(trx, job, accepted, now, rejected, cellsOf);
  await insertImportRejects(trx, job.importId, rejected);
  return { ...outcome, processed: rows.length, rejected: rejected.length };
}

async function writeAccepted(
  trx: Db,
  job: ImportJob,
  accepted: ImportRecord[],
  now: Date,
  rejected: Rejected[],
  cellsOf: Map<number, string[]>,
): Promise<Omit<BatchOutcome, 'processed' | 'rejected'>> {
  const sets = accepted.map((record) => record.identities);
  if (job.list !== null && job.listMode === 'remove') {
    const found = await findCustomersOf(trx, job.workspaceId, sets);
    const known = accepted.flatMap((record, index) => {
      const customerId = found[index];
      if (customerId !== undefined) return [customerId];
      rejected.push({
        row: record.row,
        problems: [{ column: null, code: 'unknown_customer' }],
        cells: cellsOf.get(record.row) ?? [],
      });
      return [];
    });
    const left = await removeListMembers(trx, job.list, known, now);
    return { imported: known.length, created: 0, listChanged: left };
  }
  // A new customer is inserted with its row's attributes: the merge below then leaves it alone.
  const customers = await resolveImportedCustomers(trx, job.workspaceId, sets, {
    attributesOf: (index) => accepted[index]?.attributes ?? {},
  });
  const resolved = accepted.map((record, index) => ({ customerId: customers[index]?.customerId ?? '', record }));
  await writeProfiles(trx, job, resolved, now);
  const created = customers.filter((customer) => customer.created).length;
  if (job.list === null) return { imported: accepted.length, created, listChanged: [] };
  const ids = resolved.map((entry) => entry.customerId);
  if (job.listMode === 'replace') {
    await claimImportKeys(
      trx,
      job.importId,
      resolved.map((entry) => ({ key: `customer:${entry.customerId}`, row: entry.record.row })),
    );
  }
  const entered = await addListMembers(trx, job.list, ids, now);
  return { imported: accepted.length, created, listChanged: entered };
}
