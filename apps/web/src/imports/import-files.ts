// The import endpoints that are plain HTTP rather than tRPC: uploading the file (its bytes are the
// body) and downloading the rejected rows as CSV.
import { authHeaders } from '../app/auth-headers';
import { downloadText } from '../app/download';
import type { Locale } from '../app/i18n';
import type { UploadedFile } from './import-types';

export const uploadEncodings = ['utf-8', 'big5', 'gb18030', 'shift_jis', 'utf-16le'] as const;
export type UploadEncoding = (typeof uploadEncodings)[number];

/** Why an upload was refused, as the server's error code says (`other`: anything else). */
type UploadFailure = 'too_large' | 'not_utf8' | 'not_xlsx' | 'other';

export class UploadError extends Error {
  constructor(
    readonly failure: UploadFailure,
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

function failureOf(status: number, code: unknown): UploadFailure {
  if (status === 413 || code === 'too_large' || code === 'payload_too_large') return 'too_large';
  if (code === 'not_utf8' || code === 'not_xlsx') return code;
  return 'other';
}

/** Stores the file on the server; rejects with an UploadError saying why not. */
export async function uploadImportFile(file: File, encoding: UploadEncoding): Promise<UploadedFile> {
  const query = new URLSearchParams({ name: file.name, encoding });
  const response = await fetch(`/v1/imports/files?${query}`, {
    method: 'POST',
    headers: { ...authHeaders(), 'content-type': 'application/octet-stream' },
    body: file,
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status !== 201) {
    const message = typeof body.message === 'string' ? body.message : response.statusText;
    throw new UploadError(failureOf(response.status, body.error), message);
  }
  return { fileId: String(body.fileId), name: String(body.name), size: Number(body.size) };
}

/** Saves the import's rejected rows, with their reasons in `locale`, as a CSV file. */
export async function downloadRejectedRows(importId: string, fileName: string, locale: Locale): Promise<void> {
  const response = await fetch(`/v1/imports/${encodeURIComponent(importId)}/rejected.csv?locale=${locale}`, {
    headers: authHeaders(),
  });
  if (!response.ok) throw new Error(`rejected rows: HTTP ${response.status}`);
  const stem = fileName.replace(/\.(csv|xlsx)$/i, '');
  downloadText(`${stem}-rejected.csv`, await response.text());
}
