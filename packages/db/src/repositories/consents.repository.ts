import { sql } from 'kysely';
import { arrayLiteral } from '../array-literal';
import { assertChannelName } from '../channel-names';
import type { Db } from '../connect';
import { toJson } from '../json';
import type { ChannelConsent, ConsentChannel, ConsentStatus } from '../messaging-schema';

/** Records a customer's answer about a channel (the latest answer wins). */
export async function setChannelConsent(
  db: Db,
  consent: { workspaceId: string; customerId: string; channel: ConsentChannel; status: ConsentStatus; source: string },
): Promise<void> {
  assertChannelName(consent.channel, 'provider');
  await db
    .insertInto('channelConsents')
    .values({ ...consent, updatedAt: new Date() })
    .onConflict((conflict) =>
      conflict.columns(['customerId', 'channel']).doUpdateSet({
        status: consent.status,
        source: consent.source,
        updatedAt: new Date(),
      }),
    )
    .execute();
}

/** The customer's answer about a channel; undefined when never asked. */
export async function findChannelConsent(
  db: Db,
  customerId: string,
  channel: ConsentChannel,
): Promise<ChannelConsent | undefined> {
  return db
    .selectFrom('channelConsents')
    .selectAll()
    .where('customerId', '=', customerId)
    .where('channel', '=', channel)
    .executeTakeFirst();
}

/** The workspace's stored sending policy (unvalidated JSON), if it has one. */
export async function findMessagingSettings(db: Db, workspaceId: string): Promise<unknown> {
  const row = await db
    .selectFrom('messagingSettings')
    .select('settings')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return row?.settings;
}

/** Stores the workspace's sending policy (validated by the caller). */
export async function saveMessagingSettings(db: Db, workspaceId: string, settings: unknown): Promise<void> {
  await db
    .insertInto('messagingSettings')
    .values({ workspaceId, settings: toJson(settings), updatedAt: new Date() })
    .onConflict((conflict) =>
      conflict.column('workspaceId').doUpdateSet({ settings: toJson(settings), updatedAt: new Date() }),
    )
    .execute();
}

/** A consent as another system recorded it: its answer, where it was given and when. */
export interface RecordedConsent {
  customerId: string;
  channel: ConsentChannel;
  status: ConsentStatus;
  source: string;
  at: Date;
}

/**
 * Records consents from another system (an import), one per customer and channel: the latest
 * answer wins, so an older answer never overwrites a newer one, and the same answer again changes
 * nothing (not even its time).
 */
export async function recordConsents(db: Db, workspaceId: string, consents: readonly RecordedConsent[]): Promise<void> {
  if (consents.length === 0) return;
  await sql`
    insert into channel_consents as c (workspace_id, customer_id, channel, status, source, updated_at)
    select ${workspaceId}, customer_id, channel, status, source, at
    from unnest(${arrayLiteral(consents.map((c) => c.customerId))}::uuid[], ${arrayLiteral(consents.map((c) => c.channel))}::text[],
      ${arrayLiteral(consents.map((c) => c.status))}::text[], ${arrayLiteral(consents.map((c) => c.source))}::text[],
      ${arrayLiteral(consents.map((c) => c.at.toISOString()))}::timestamptz[]) as r(customer_id, channel, status, source, at)
    on conflict (customer_id, channel) do update
      set status = excluded.status, source = excluded.source, updated_at = excluded.updated_at
      where c.updated_at <= excluded.updated_at and (c.status != excluded.status or c.source != excluded.source)`.execute(
    db,
  );
}
