// What the API does with import jobs: preview a stored file with a mapping, start a job (its row
// and its workflow), pause, resume and cancel it (the row first, then a signal to the workflow).
import {
  changeImportStatus,
  createImport,
  DataError,
  finishImport,
  getImport,
  getList,
  getStoredFile,
  readStoredFile,
  type CustomerImport,
  type ListMode,
} from '@wayfarer/db';
import type { RoutingDeps } from '@wayfarer/routing';
import {
  CANCEL_IMPORT_SIGNAL,
  CUSTOMER_IMPORT_WORKFLOW,
  customerImportWorkflowId,
  maintenanceTaskQueue,
  PAUSE_IMPORT_SIGNAL,
  RESUME_IMPORT_SIGNAL,
  type CustomerImportWorkflow,
} from '@wayfarer/workflows';
import { previewFile, type FilePreview } from '../files/preview';
import { importMappingSchema, type ImportMapping } from '../mapping/mapping.schema';
import { missingColumns } from '../mapping/row-mapper';
import { loadTierOptions } from './import-job';
import { readFileHeader } from './load-job';

/** Rows a preview shows. */
export const PREVIEW_ROWS = 20;

/** The file's first rows with `mapping` applied (or one suggested from its header). */
export async function previewImport(
  deps: Pick<RoutingDeps, 'db'>,
  input: { workspaceId: string; fileId: string; mapping?: ImportMapping; limit?: number },
): Promise<FilePreview> {
  const file = await getStoredFile(deps.db, input.workspaceId, input.fileId);
  return previewFile(readStoredFile(deps.db, file.id), {
    ...(input.mapping === undefined ? {} : { mapping: input.mapping }),
    defaults: importMappingSchema.parse({ columns: {} }),
    tiers: await loadTierOptions(deps.db, input.workspaceId),
    limit: input.limit ?? PREVIEW_ROWS,
  });
}

export interface StartImportInput {
  workspaceId: string;
  fileId: string;
  mapping: ImportMapping;
  /** Put the file's customers on a list (append or replace its members), or take them off (remove). */
  list?: { listId: string; mode: ListMode };
}

/** Checks the mapping against the file, records the job and starts its workflow. */
export async function startImport(deps: RoutingDeps, input: StartImportInput): Promise<CustomerImport> {
  const file = await getStoredFile(deps.db, input.workspaceId, input.fileId);
  const { header } = await readFileHeader(deps.db, file.id);
  const missing = missingColumns(header, input.mapping);
  if (missing.length > 0) {
    throw new DataError('invalid_state', `The file has no column "${missing.join('", "')}" named in the mapping.`);
  }
  if (input.list !== undefined) await getList(deps.db, input.workspaceId, input.list.listId);
  const job = await createImport(deps.db, {
    workspaceId: input.workspaceId,
    fileId: file.id,
    mapping: input.mapping,
    listId: input.list?.listId ?? null,
    listMode: input.list?.mode ?? null,
  });
  try {
    // Background work: on the maintenance queue, beside broadcasts, so live journeys go on.
    await deps.temporal.workflow.start<CustomerImportWorkflow>(CUSTOMER_IMPORT_WORKFLOW, {
      taskQueue: maintenanceTaskQueue(deps.taskQueue),
      workflowId: customerImportWorkflowId(job.id),
      args: [{ importId: job.id }],
    });
  } catch (error) {
    // Without its workflow the import would stay queued for ever.
    await finishImport(deps.db, { importId: job.id, status: 'failed', error: 'The import could not be started.' });
    throw error;
  }
  return job;
}

const signals = { pause: PAUSE_IMPORT_SIGNAL, resume: RESUME_IMPORT_SIGNAL, cancel: CANCEL_IMPORT_SIGNAL } as const;

/**
 * Pauses (before the next batch), resumes or cancels an import; rows already written stay. An
 * import whose status does not allow the change is returned as it is.
 */
export async function changeImport(
  deps: RoutingDeps,
  input: { workspaceId: string; importId: string; change: keyof typeof signals },
): Promise<CustomerImport> {
  const changed = await changeImportStatus(deps.db, input.workspaceId, input.importId, input.change);
  if (!changed) return getImport(deps.db, input.workspaceId, input.importId);
  await deps.temporal.workflow.getHandle(customerImportWorkflowId(changed.id)).signal(signals[input.change]);
  return changed;
}
