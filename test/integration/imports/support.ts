// Shared by the import tests: uploading a file over HTTP as the wizard and the CLI do, waiting for
// a job through the API, and a snapshot of everything an import writes (to prove a re-run writes
// nothing).
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '@wayfarer/db';
import type { ApiClient } from '../../support/stack';
import { eventually } from '../../support/eventually';

/** `POST /v1/imports/files` with the bytes as the body; returns the stored file's id. */
export async function uploadFile(
  url: string,
  key: string,
  name: string,
  body: string | Buffer,
  encoding?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const query = new URLSearchParams({ name, ...(encoding === undefined ? {} : { encoding }) });
  const response = await fetch(`${url}/v1/imports/files?${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/octet-stream' },
    body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export async function uploadedFileId(url: string, key: string, name: string, body: string | Buffer): Promise<string> {
  const uploaded = await uploadFile(url, key, name, body);
  if (uploaded.status !== 201) throw new Error(`upload failed: ${JSON.stringify(uploaded)}`);
  return String(uploaded.body.fileId);
}

/** Polls the import until it has ended. */
export async function importEnded(api: ApiClient, id: string, limitMs = 120_000) {
  return eventually(async () => {
    const job = await api.imports.get.query({ id });
    return ['completed', 'cancelled', 'failed'].includes(job.status) ? job : undefined;
  }, limitMs);
}

type Row = Record<string, unknown>;
interface CustomerRow extends Row {
  id: string;
  externalId: string;
  attributes: Record<string, unknown>;
}

/** Every row an import writes for the workspace, in a stable order, timestamps included (columns camelCased). */
export async function importedState(db: Db, workspaceId: string) {
  const rows = async <T extends Row = Row>(query: RawBuilder<unknown>) => (await query.execute(db)).rows as T[];
  return {
    customers: await rows<CustomerRow>(sql`select id, external_id, attributes, updated_at from customers
      where workspace_id = ${workspaceId} order by external_id`),
    identities: await rows(sql`select customer_id, kind, value, created_at from customer_identities
      where workspace_id = ${workspaceId} order by kind, value`),
    tags: await rows(sql`select customer_id, tag, source, added_at from customer_tags
      where workspace_id = ${workspaceId} order by customer_id, tag`),
    consents: await rows(sql`select customer_id, channel, status, source, updated_at from channel_consents
      where workspace_id = ${workspaceId} order by customer_id, channel`),
    ledger: await rows(sql`select customer_id, delta, reason, idempotency_key, expires_at, created_at from points_ledger
      where workspace_id = ${workspaceId} order by idempotency_key`),
    tiers: await rows(sql`select customer_id, tier_key, since from customer_tiers
      where workspace_id = ${workspaceId} order by customer_id`),
    merges: await rows(
      sql`select survivor_id, merged_id from customer_merges where workspace_id = ${workspaceId} order by at`,
    ),
  };
}
