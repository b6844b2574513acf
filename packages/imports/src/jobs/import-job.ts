// An import job as its batches see it: the workspace, the parsed mapping and what it needs (tiers,
// the list); its progress is the workflow contract's.
import type { CustomerImport, Db, SegmentRecord } from '@wayfarer/db';
import type { ImportProgress } from '@wayfarer/workflows';
import type { ImportMapping } from '../mapping/mapping.schema';
import type { TierOption } from '../mapping/row-mapper';

export interface ImportJob {
  importId: string;
  workspaceId: string;
  fileId: string;
  header: string[];
  mapping: ImportMapping;
  tiers: TierOption[];
  list: SegmentRecord | null;
  listMode: CustomerImport['listMode'];
}

export function toImportProgress(row: CustomerImport): ImportProgress {
  return {
    status: row.status,
    totalRows: row.totalRows,
    processed: row.processed,
    imported: row.imported,
    created: row.created,
    rejected: row.rejected,
  };
}

/** The loyalty programme's tiers, for tier columns. */
export async function loadTierOptions(db: Db, workspaceId: string): Promise<TierOption[]> {
  return db.selectFrom('tierDefinitions').select(['key', 'name']).where('workspaceId', '=', workspaceId).execute();
}

export type { ImportProgress };
