import { inspect } from 'node:util';
import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as spine from './migrations/0001-spine';
import * as identities from './migrations/0002-identities';
import * as audiences from './migrations/0003-audiences';
import * as channels from './migrations/0004-channels';
import * as loyalty from './migrations/0005-loyalty';
import * as messaging from './migrations/0006-messaging';
import * as lineWebhookSecret from './migrations/0008-line-webhook-secret';
import * as accounts from './migrations/0011-accounts';
import * as messageTemplates from './migrations/0007-message-templates';
import * as analytics from './migrations/0010-analytics';
import * as audit from './migrations/0012-audit';
import * as ingestQueue from './migrations/0014-ingest-queue';
import * as rateLimits from './migrations/0016-rate-limits';
import * as imports from './migrations/0019-imports';
import * as experiments from './migrations/0020-experiments';
import * as nodeKit from './migrations/0021-node-kit';
import * as channelRegistry from './migrations/0022-channel-registry';
import * as eventTrace from './migrations/0024-event-trace';
import * as customerPages from './migrations/0027-customer-pages';
import * as sendDeferrals from './migrations/0032-send-deferrals';
import * as eventNames from './migrations/0033-event-names';
import * as testSends from './migrations/0036-test-sends';
import * as broadcastLocalTime from './migrations/0038-broadcast-local-time';
import * as journeyTags from './migrations/0039-journey-tags';
import * as referralLinks from './migrations/0053-referral-links';
import * as liffForms from './migrations/0047-liff-forms';
import * as dataRetention from './migrations/0042-data-retention';
import * as wechatIdentity from './migrations/0049-wechat-identity';
import * as importKeyBatches from './migrations/0046-import-key-batches';
import * as richMenus from './migrations/0044-rich-menus';
import * as bulkMessages from './migrations/0040-bulk-messages';
import * as eventsCustomerName from './migrations/0054-events-customer-name';

// Listed explicitly (not read from a folder) so migrations bundle and run the same everywhere.
const migrations: Record<string, Migration> = {
  '0001-spine': spine,
  '0002-identities': identities,
  '0003-audiences': audiences,
  '0004-channels': channels,
  '0005-loyalty': loyalty,
  '0006-messaging': messaging,
  '0007-message-templates': messageTemplates,
  '0008-line-webhook-secret': lineWebhookSecret,
  '0010-analytics': analytics,
  '0011-accounts': accounts,
  '0012-audit': audit,
  '0014-ingest-queue': ingestQueue,
  '0016-rate-limits': rateLimits,
  '0019-imports': imports,
  '0020-experiments': experiments,
  '0021-node-kit': nodeKit,
  '0022-channel-registry': channelRegistry,
  '0024-event-trace': eventTrace,
  '0027-customer-pages': customerPages,
  '0032-send-deferrals': sendDeferrals,
  '0033-event-names': eventNames,
  '0036-test-sends': testSends,
  '0038-broadcast-local-time': broadcastLocalTime,
  '0039-journey-tags': journeyTags,
  '0053-referral-links': referralLinks,
  '0047-liff-forms': liffForms,
  '0042-data-retention': dataRetention,
  '0049-wechat-identity': wechatIdentity,
  '0046-import-key-batches': importKeyBatches,
  '0044-rich-menus': richMenus,
  '0040-bulk-messages': bulkMessages,
  '0054-events-customer-name': eventsCustomerName,
};

/** A migration failed; `results` says which ran. */
export class MigrationError extends Error {
  readonly code = 'migration_failed';
  constructor(
    message: string,
    readonly results: MigrationResultSet['results'],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/** Brings the schema to the latest migration; safe to call on every start. */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  // Numbers are handed out to parallel branches, so a database may have run a later one first; each
  // migration stands alone, so running an earlier one after it is fine.
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  // Kysely sets `error` to whatever was thrown, which need not be an Error (nor truthy).
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    const which = failed === undefined ? '' : ` ${failed}`;
    const reason = error instanceof Error ? error.message : inspect(error);
    throw new MigrationError(`Database migration${which} failed: ${reason}`, results, { cause: error });
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
