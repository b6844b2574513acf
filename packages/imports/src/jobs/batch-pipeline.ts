// Writing an import's mapped batches in file order, two at a time when they cannot see each other:
// each batch is one transaction that moves the cursor by compare-and-set from the end of the batch
// before it, so the second commits only after the first (and rolls back if the first did). Two
// batches overlap only when the customers their identities name now are disjoint (no row of one
// can be resolved differently for the other's writes: the later batch's identities are never the
// earlier one's — a row repeating one is a duplicate — and the earlier one only binds its own, merges
// customers it names and creates customers nobody else names). A list import writes one at a time.
import {
  advanceImport,
  customersNamedBy,
  readImportKeyHashes,
  skipCommitFlush,
  type CustomerImport,
} from '@wayfarer/db';
import type { RoutingDeps } from '@wayfarer/routing';
import type { ImportJob } from './import-job';
import { addPackedHashes, ImportKeyIndex } from './key-index';
import { writeImportBatch, type MappedBatch } from './write-batch';

/** A batch committed: the job's row after it and the customers whose list membership changed. */
export interface Committed {
  row: CustomerImport;
  listChanged: string[];
}

class BatchNotRecorded extends Error {}

/** The keys of every batch the import has committed (read after the cursor, so none is missed). */
export async function loadKeyIndex(deps: RoutingDeps, importId: string): Promise<ImportKeyIndex> {
  const index = new ImportKeyIndex();
  for (const batch of await readImportKeyHashes(deps.db, importId))
    addPackedHashes(index, batch.hashes, batch.firstRow);
  return index;
}

/** Writes a batch and moves the cursor from `fromRow`; undefined when the job was paused, cancelled or moved on. */
async function writeBatch(
  deps: RoutingDeps,
  job: ImportJob,
  fromRow: number,
  batch: MappedBatch,
  keys: { written: ImportKeyIndex; inFlight?: ReadonlyMap<string, number> },
  /** The batch before, still in flight: the cursor moves after it has (or has not) committed. */
  before?: Promise<unknown>,
): Promise<Committed | undefined> {
  const last = batch.rows.at(-1);
  if (last === undefined) return undefined;
  try {
    const committed = await deps.db.transaction().execute(async (trx) => {
      await skipCommitFlush(trx);
      const outcome = await writeImportBatch(trx, job, batch, deps.now?.() ?? new Date(), keys);
      await before?.catch(() => undefined);
      const advanced = await advanceImport(trx, {
        importId: job.importId,
        fromRow,
        toRow: last.row,
        toByte: last.endByte,
        ...outcome,
      });
      // Paused, cancelled, or written by another try meanwhile: roll this one back.
      if (!advanced) throw new BatchNotRecorded();
      return { row: advanced, listChanged: outcome.listChanged, keys: outcome.keys };
    });
    for (const hash of committed.keys.hashes) keys.written.add(hash, committed.keys.batch);
    return { row: committed.row, listChanged: committed.listChanged };
  } catch (error) {
    if (error instanceof BatchNotRecorded) return undefined;
    throw error;
  }
}

interface InFlight {
  batch: MappedBatch;
  /** Customers its rows name; undefined: may overlap nothing. */
  customers: Set<string> | undefined;
  result: Promise<Committed | undefined>;
}

function disjoint(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  for (const id of a) if (b.has(id)) return false;
  return true;
}

/**
 * Writes `batches` in order from the cursor at `fromRow`; `onCommitted` is told of each commit in
 * order and says whether to go on. Stops at the first batch not recorded (returns false) or when
 * told to; returns true when every batch was written.
 */
export async function writeBatches(
  deps: RoutingDeps,
  job: ImportJob,
  fromRow: number,
  batches: AsyncIterable<MappedBatch>,
  onCommitted: (committed: Committed) => Promise<boolean>,
): Promise<boolean> {
  const written = await loadKeyIndex(deps, job.importId);
  let pending: InFlight | undefined;
  let cursor = fromRow;
  // Settles the batch in flight: false when it was not recorded or the caller wants to stop.
  const settle = async (): Promise<boolean> => {
    const done = pending;
    pending = undefined;
    if (done === undefined) return true;
    const committed = await done.result;
    return committed !== undefined && (await onCommitted(committed));
  };
  try {
    for await (const batch of batches) {
      const customers =
        job.list === null
          ? await customersNamedBy(
              deps.db,
              job.workspaceId,
              batch.records.map((record) => record.identities),
            )
          : undefined;
      if (pending !== undefined && !disjoint(pending.customers, customers) && !(await settle())) return false;
      const inFlight = pending?.batch.keys;
      const current: InFlight = {
        batch,
        customers,
        result: writeBatch(deps, job, cursor, batch, { written, ...(inFlight ? { inFlight } : {}) }, pending?.result),
      };
      // Awaited in settle (or in finally); a rejection must not go unhandled meanwhile.
      current.result.catch(() => undefined);
      cursor = batch.rows.at(-1)?.row ?? cursor;
      const goOn = await settle();
      pending = current;
      // The batch just started commits only if the one before it did: either way it is settled and told.
      if (!goOn) return (await settle()) && false;
    }
    return await settle();
  } finally {
    // A batch still in flight when the one before it failed: it cannot commit (the cursor did not move), but is waited for.
    await pending?.result.catch(() => undefined);
  }
}
