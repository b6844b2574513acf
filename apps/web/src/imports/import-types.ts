import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';

type Outputs = inferRouterOutputs<AppRouter>['imports'];

/** An import job as the API shows it: status, counts, list. */
export type ImportJob = Outputs['get'];
export type ImportStatus = ImportJob['status'];
/** The header, the mapping applied and the first rows mapped, with their problems. */
export type ImportPreview = Outputs['preview'];
export type PreviewRow = ImportPreview['rows'][number];

/** A file stored by `POST /v1/imports/files`. */
export interface UploadedFile {
  fileId: string;
  name: string;
  size: number;
}

/** Statuses in which the job may still change: the page keeps asking. */
export function isActive(status: ImportStatus): boolean {
  return status === 'queued' || status === 'running' || status === 'paused';
}
