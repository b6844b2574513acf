// The running server as the import command sees it: the file upload and rejected-rows download
// (plain HTTP routes) and the imports procedures (tRPC, typed by the server's AppRouter), all with
// the workspace's API key.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@wayfarer/server';
import { CliError } from '../errors';

export interface ServerTarget {
  url: string;
  apiKey: string;
}

export type ImportsClient = ReturnType<typeof importsClient>;

/** The typed tRPC client of the server's `imports` procedures. */
export function importsClient(target: ServerTarget) {
  const client = createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${target.url}/trpc`, headers: () => ({ authorization: `Bearer ${target.apiKey}` }) })],
  });
  return client.imports;
}

/** Runs one request, turning an unreachable server or a refusal into the CLI's error with the server's words. */
export async function askServer<T>(target: ServerTarget, what: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof TRPCClientError) throw new CliError('server', `${what}: ${error.message}`);
    if (error instanceof TypeError) {
      throw new CliError('server', `${what}: cannot reach ${target.url} (${causeOf(error)}).`);
    }
    throw error;
  }
}

function causeOf(error: Error): string {
  const cause = error.cause;
  return cause instanceof Error ? cause.message : error.message;
}

async function refusal(response: Response): Promise<string> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  return `${response.status} ${response.statusText}`;
}

/** Uploads the file at `path` (`file` as the user named it) as the request body, streamed; returns the stored file's id. */
export async function uploadFile(
  target: ServerTarget,
  path: string,
  file: string,
): Promise<{ fileId: string; size: number }> {
  try {
    await stat(path);
  } catch {
    throw new CliError('io', `Cannot read ${file}: no such file`);
  }
  const query = new URLSearchParams({ name: basename(path) });
  const response = await askServer(target, 'Upload failed', () =>
    fetch(`${target.url}/v1/imports/files?${query.toString()}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${target.apiKey}`, 'content-type': 'application/octet-stream' },
      body: Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>,
      duplex: 'half',
    }),
  );
  if (response.status !== 201) throw new CliError('server', `Upload refused: ${await refusal(response)}`);
  const body = (await response.json()) as { fileId: string; size: number };
  return { fileId: body.fileId, size: body.size };
}

/** The rejected rows of an import as the server writes them (CSV with a BOM); its address. */
export function rejectedRowsUrl(target: ServerTarget, importId: string): string {
  return `${target.url}/v1/imports/${importId}/rejected.csv`;
}

export async function downloadRejectedRows(target: ServerTarget, importId: string): Promise<Uint8Array> {
  const response = await askServer(target, 'Download of the rejected rows failed', () =>
    fetch(rejectedRowsUrl(target, importId), { headers: { authorization: `Bearer ${target.apiKey}` } }),
  );
  if (!response.ok) throw new CliError('server', `Download of the rejected rows refused: ${await refusal(response)}`);
  return new Uint8Array(await response.arrayBuffer());
}
