// Writing an import's mapped batches in file order, two at a time when they cannot see each other:
// each batch is one transaction that moves the cursor by compare-and-set from the end of the batch
// before it, so the second commits only after the first (and rolls back if the first did). The
// second writes on only when the customers its identities name (read under its identities' locks,
// before it writes any customer) are disjoint from those the first named; otherwise it waits for
// the first to commit and reads them again. No row of one can then be resolved differently for the
// other's writes: the later batch's identities are never the earlier one's — a row repeating one is
// a duplicate — and the earlier one only binds its own, merges customers it names and creates
// customers nobody else names. A list import writes one at a time.
import { advanceImport, readImportKeyHashes, skipCommitFlush, type CustomerImport } from '@wayfarer/db';
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

interface InFlight {
  batch: MappedBatch;
  /** The customers its rows name, once read (undefined: may overlap anything). */
  named: Promise<Set<string> | undefined>;
  result: Promise<Committed | undefined>;
}

/**
 * The gate of a batch written beside `before`: it goes on at once when the customers it names are
 * disjoint from those `before` names, else it waits for `before` to commit (and says so: its owners
 * are read again).
 */
function besideGate(before: InFlight) {
  return async (named: Set<string> | undefined): Promise<boolean> => {
    if (disjoint(await before.named, named)) return false;
    await before.result.catch(() => undefined);
    return true;
  };
}

/** Writes a batch and moves the cursor from `fromRow`; undefined when the job was paused, cancelled or moved on. */
async function writeBatch(
  deps: RoutingDeps,
  job: ImportJob,
  fromRow: number,
  batch: MappedBatch,
  keys: { written: ImportKeyIndex; inFlight?: ReadonlyMap<string, number> },
  /** Told which customers the batch names, before it writes any. */
  onNamed: (named: Set<string> | undefined) => void,
  /** The batch before, still in flight: the cursor moves after it has (or has not) committed. */
  before?: InFlight,
): Promise<Committed | undefined> {
  const last = batch.rows.at(-1);
  if (last === undefined) return undefined;
  const gate = before === undefined ? undefined : besideGate(before);
  const beforeWriting = async (named: Set<string> | undefined) => {
    onNamed(named);
    return (await gate?.(named)) ?? false;
  };
  try {
    const committed = await deps.db.transaction().execute(async (trx) => {
      await skipCommitFlush(trx);
      const outcome = await writeImportBatch(trx, job, batch, deps.now?.() ?? new Date(), keys, beforeWriting);
      await before?.result.catch(() => undefined);
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
      // A list import writes one batch at a time (its batches are never told apart by customer).
      if (pending !== undefined && job.list !== null && !(await settle())) return false;
      const before = pending;
      let onNamed: (named: Set<string> | undefined) => void = () => undefined;
      const named = new Promise<Set<string> | undefined>((resolve) => (onNamed = resolve));
      const inFlight = before?.batch.keys;
      const result = writeBatch(
        deps,
        job,
        cursor,
        batch,
        { written, ...(inFlight ? { inFlight } : {}) },
        onNamed,
        before,
      );
      // A batch that ends before naming its customers (none accepted, or it failed) may overlap anything.
      void result.finally(() => onNamed(undefined)).catch(() => undefined);
      const current: InFlight = { batch, named, result };
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
