// Cancelling an export job: the row says cancelled, and the workflow stops at its next page (a
// page is written only by a compare-and-set on a running row, so nothing lands after the cancel;
// the next slice then finds the job ended). A cancelled export has no file to download.
import { finishExport, getExport, type CustomerExport, type Db } from '@wayfarer/db';
import { ExportJobError } from './export-job';

/**
 * Cancels a running export of the workspace; cancelling a cancelled one again changes nothing. An
 * export that completed or failed cannot be cancelled (`export_ended`).
 */
export async function cancelExport(db: Db, input: { workspaceId: string; exportId: string }): Promise<CustomerExport> {
  // Another workspace's export is not_found, as for get.
  await getExport(db, input.workspaceId, input.exportId);
  const row = await finishExport(db, { exportId: input.exportId, status: 'cancelled' });
  if (row === undefined) throw new ExportJobError('unknown_export', `Export ${input.exportId} no longer exists.`);
  if (row.status !== 'cancelled') {
    throw new ExportJobError('export_ended', `The export has ${row.status}; only a running export can be cancelled.`);
  }
  return row;
}
