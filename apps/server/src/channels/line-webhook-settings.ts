// The LINE card's webhook side: channel id and channel secret, kept in `line_channels` (the secret
// sealed) apart from the push config in `channel_credentials`, because the webhook finds its channel
// by the id and must open only the secret. The card shows and saves both halves as one config.
import {
  lineWebhookCredentialsSchema,
  openLineChannelSecret,
  redact,
  sealLineChannelSecret,
  type LineWebhookCredentials,
  type SecretBox,
} from '@wayfarer/channels';
import { findLineChannel, findLineChannelByChannelId, saveLineChannel, type Db, type LineChannel } from '@wayfarer/db';
import type { z } from 'zod';
import { keepRedactedSecrets } from './keep-redacted-secrets';

type Json = Record<string, unknown>;
const webhookFields = ['channelId', 'channelSecret'] as const;

/** The card's config split into the push config and, when the card sent any of them, the webhook fields. */
export function splitLineCard(config: Json): { push: Json; webhook: Json | undefined } {
  const push = { ...config };
  const webhook: Json = {};
  for (const field of webhookFields) {
    if (field in push) webhook[field] = push[field];
    delete push[field];
  }
  return { push, webhook: Object.keys(webhook).length > 0 ? webhook : undefined };
}

/** The stored webhook credentials, opened; undefined when there are none or they no longer open. */
export function openLineChannel(box: SecretBox, row: LineChannel): LineWebhookCredentials | undefined {
  try {
    return {
      channelId: row.channelId ?? '',
      channelSecret: openLineChannelSecret(box, row.workspaceId, row.sealedChannelSecret),
    };
  } catch {
    return undefined;
  }
}

/** The webhook fields as the card shows them: the id as is, the secret redacted. */
export async function shownLineWebhook(db: Db, box: SecretBox | undefined, workspaceId: string) {
  const row = await findLineChannel(db, workspaceId);
  if (row === undefined) return undefined;
  const opened = box === undefined ? undefined : openLineChannel(box, row);
  return {
    updatedAt: row.updatedAt,
    shown: opened === undefined ? null : { channelId: opened.channelId, channelSecret: redact(opened.channelSecret) },
  };
}

/** Validates the card's webhook fields, a redacted secret meaning "keep the stored one". */
export async function parseLineWebhook(
  db: Db,
  box: SecretBox,
  workspaceId: string,
  webhook: Json,
): Promise<{ credentials?: LineWebhookCredentials; issues: z.core.$ZodIssue[] }> {
  const row = await findLineChannel(db, workspaceId);
  const stored = row === undefined ? undefined : openLineChannel(box, row);
  const merged = keepRedactedSecrets(webhook, stored, ['channelSecret']);
  const parsed = lineWebhookCredentialsSchema.safeParse(merged.config);
  if (!parsed.success) return { issues: [...merged.issues, ...parsed.error.issues] };
  const owner = await findLineChannelByChannelId(db, parsed.data.channelId);
  if (owner !== undefined && owner.workspaceId !== workspaceId) {
    const message = 'This LINE channel is connected to another workspace.';
    return { issues: [...merged.issues, { code: 'custom', path: ['channelId'], message, input: undefined }] };
  }
  return { credentials: parsed.data, issues: merged.issues };
}

/** Seals the secret and stores it with the channel id. */
export async function saveLineWebhook(
  db: Db,
  box: SecretBox,
  workspaceId: string,
  credentials: LineWebhookCredentials,
): Promise<void> {
  const sealedChannelSecret = sealLineChannelSecret(box, workspaceId, credentials.channelSecret);
  await saveLineChannel(db, { workspaceId, channelId: credentials.channelId, sealedChannelSecret });
}
