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
  readImportKeyBatches,
  recordConsents,
  recordImportKeyBatch,
  removeListMembers,
  resolveImportedCustomers,
  type BulkResolved,
  type Db,
  type ResolveImportedOptions,
} from '@wayfarer/db';
import { assignTiers, grantPointsMany } from '@wayfarer/loyalty';
import { isBlankRow, type CsvRow } from '../files/csv-rows';
import { identityKeyOf, type ImportRecord } from '../mapping/import-record';
import type { RowProblem } from '../mapping/problems';
import { createRowMapper } from '../mapping/row-mapper';
import { foldByCustomer, openingBalanceKey } from './fold-records';
import type { ImportJob } from './import-job';
import { keyHash, packHashes, type ImportKeyIndex } from './key-index';

/** Where imported tags say they came from. */
export const IMPORT_TAG_SOURCE = 'import';

export interface BatchOutcome {
  processed: number;
  imported: number;
  created: number;
  rejected: number;
  /** Customers who entered or left the job's list: their facts are routed after the commit. */
  listChanged: string[];
  /** Hashes of the keys the batch named first, and its id (first row): for the key index after the commit. */
  keys: { batch: number; hashes: [number, number][] };
}

export interface Rejected {
  row: number;
  problems: RowProblem[];
  cells: string[];
}

/** Each identity key the records name, with the first row naming it. */
function firstRowsOf(records: readonly ImportRecord[]): Map<string, number> {
  const keys = new Map<string, number>();
  for (const record of records)
    for (const identity of record.identities)
      if (!keys.has(identityKeyOf(identity))) keys.set(identityKeyOf(identity), record.row);
  return keys;
}

/**
 * Rows whose identities an earlier row of the file named: in this batch, in a committed batch
 * (`written` holds their keys as hashes; a hit is confirmed against that batch's stored keys) or in
 * the batch still being written beside this one (`inFlight`, its keys). The keys this batch names
 * first are recorded with it; `fresh` are for the index once the batch commits.
 */
async function findDuplicates(
  trx: Db,
  job: ImportJob,
  batch: MappedBatch,
  written: ImportKeyIndex,
  inFlight: ReadonlyMap<string, number> | undefined,
): Promise<{ duplicateOf: Map<number, number>; fresh: [number, number][] }> {
  const hits = new Set([...batch.hashes.values()].flatMap((hash) => written.batchesOf(hash)));
  const seen = await readImportKeyBatches(trx, job.importId, [...hits]);
  for (const [key, row] of inFlight ?? []) if (!seen.has(key)) seen.set(key, row);
  // As in one batch of the whole file: the first row that named the row's first repeated identity.
  const firstRowOf = (key: string) => seen.get(key) ?? batch.keys.get(key) ?? Number.POSITIVE_INFINITY;
  const duplicateOf = new Map<number, number>();
  for (const record of batch.records) {
    const earlier = record.identities
      .map((identity) => firstRowOf(identityKeyOf(identity)))
      .find((row) => row < record.row);
    if (earlier !== undefined) duplicateOf.set(record.row, earlier);
  }
  const firstSeen = [...batch.keys].filter(([key]) => !seen.has(key));
  const fresh = firstSeen.map(([key]) => batch.hashes.get(key) ?? keyHash(key));
  if (firstSeen.length > 0) {
    await recordImportKeyBatch(trx, job.importId, {
      firstRow: batchIdOf(batch),
      keys: firstSeen.map(([key]) => key),
      rows: firstSeen.map(([, row]) => row),
      hashes: packHashes(fresh),
    });
  }
  return { duplicateOf, fresh };
}

/** A batch's id among the import's key batches: its first mapped row. */
const batchIdOf = (batch: MappedBatch) => batch.records[0]?.row ?? 0;

/**
 * Customers this batch created: `fresh` (nobody else can see them before the commit: their grants
 * need no ledger lock) and, of those, the ones inserted with their only row's attributes (nothing
 * to merge). A customer some row found (created false) is neither, even if another row created it.
 */
function createdCustomers(customers: readonly BulkResolved[]) {
  const found = new Set(customers.filter((c) => !c.created).map((c) => c.customerId));
  const rowsOf = new Map<string, number>();
  for (const { customerId } of customers) rowsOf.set(customerId, (rowsOf.get(customerId) ?? 0) + 1);
  const fresh = new Set(customers.filter((c) => c.created && !found.has(c.customerId)).map((c) => c.customerId));
  const complete = new Set(
    customers
      .filter((c) => c.attributesWritten === true && fresh.has(c.customerId) && rowsOf.get(c.customerId) === 1)
      .map((c) => c.customerId),
  );
  return { fresh, complete };
}

async function writeProfiles(
  trx: Db,
  job: ImportJob,
  resolved: { customerId: string; record: ImportRecord }[],
  created: { fresh: ReadonlySet<string>; complete: ReadonlySet<string> },
  now: Date,
) {
  const writes = foldByCustomer(resolved);
  await mergeAttributesOf(
    trx,
    writes.filter((w) => !created.complete.has(w.customerId)),
  );
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
  await grantPointsMany(trx, grants, { newCustomers: created.fresh });
}

/** A batch's rows mapped (pure work, done while the batch before it is being written). */
export interface MappedBatch {
  /** Rows read, blank ones included. */
  rows: readonly CsvRow[];
  records: ImportRecord[];
  /** Rows the mapping rejected. */
  rejected: Rejected[];
  /** Identity key → first row of the batch naming it, and each key's hash. */
  keys: Map<string, number>;
  hashes: Map<string, [number, number]>;
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
  const keys = firstRowsOf(records);
  const hashes = new Map([...keys.keys()].map((key) => [key, keyHash(key)]));
  return { rows, records, rejected, keys, hashes };
}

/**
 * Writes a mapped batch (in file order) inside `trx`; the caller advances the job's cursor in the
 * same transaction. `beforeWriting` is told which customers the batch names before it writes any
 * (see resolveImportedCustomers): the pipeline's gate beside another batch in flight.
 */
export async function writeImportBatch(
  trx: Db,
  job: ImportJob,
  batch: MappedBatch,
  now: Date,
  keys: { written: ImportKeyIndex; inFlight?: ReadonlyMap<string, number> },
  beforeWriting?: ResolveImportedOptions['beforeWriting'],
): Promise<BatchOutcome> {
  const { rows, records } = batch;
  const rejected = [...batch.rejected];
  const cellsOf = new Map(rows.map((row) => [row.row, row.cells]));
  const { duplicateOf: duplicates, fresh } = await findDuplicates(trx, job, batch, keys.written, keys.inFlight);
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
  const outcome = await writeAccepted(trx, job, accepted, now, rejected, cellsOf, beforeWriting);
  await insertImportRejects(trx, job.importId, rejected);
  return {
    ...outcome,
    processed: rows.length,
    rejected: rejected.length,
    keys: { batch: batchIdOf(batch), hashes: fresh },
  };
}

async function writeAccepted(
  trx: Db,
  job: ImportJob,
  accepted: ImportRecord[],
  now: Date,
  rejected: Rejected[],
  cellsOf: Map<number, string[]>,
  beforeWriting: ResolveImportedOptions['beforeWriting'],
): Promise<Omit<BatchOutcome, 'processed' | 'rejected' | 'keys'>> {
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
    ...(beforeWriting === undefined ? {} : { beforeWriting }),
  });
  const resolved = accepted.map((record, index) => ({ customerId: customers[index]?.customerId ?? '', record }));
  await writeProfiles(trx, job, resolved, createdCustomers(customers), now);
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
