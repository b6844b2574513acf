// The channels settings API's logic: which channels a workspace has connected, their configs with
// secrets redacted, and saving a config sealed with the server's key. The clear secret never leaves.
import { TRPCError } from '@trpc/server';
import {
  channelRuntime,
  channelSpec,
  checkChannelEndpoint,
  credentialChannelNames,
  lineChannel,
  openChannelConfig,
  redactChannelConfig,
  sealChannelConfig,
  secretFields,
  secretKeyVariable,
  type ChannelConfig,
  type OutboundPolicy,
  type SecretBox,
} from '@wayfarer/channels';
import {
  deleteChannelCredentials,
  deleteLineChannel,
  findChannelCredentials,
  listChannelCredentials,
  saveChannelCredentials,
  type CredentialChannel,
  type Db,
} from '@wayfarer/db';
import { z } from 'zod';
import { keepRedactedSecrets } from './keep-redacted-secrets';
import { parseLineWebhook, saveLineWebhook, shownLineWebhook, splitLineCard } from './line-webhook-settings';

/** The channels a workspace connects with credentials, from the channel registry. */
export const credentialChannels: readonly CredentialChannel[] = credentialChannelNames;
export const credentialChannelSchema = z.enum(credentialChannelNames);

export interface ChannelState {
  channel: CredentialChannel;
  connected: boolean;
  /** The stored config with its secrets redacted; null when not connected or it no longer opens. */
  config: Record<string, unknown> | null;
  updatedAt: string | null;
  /** Where the provider calls Wayfarer (path on this server), for channels with a webhook. */
  webhookPath: string | null;
}

/** The path of the workspace's webhook on a channel whose runtime has one (channel-webhook.routes.ts). */
function webhookPathOf(channel: CredentialChannel, workspaceId: string): string | null {
  if (channelRuntime(channel).webhook === undefined) return null;
  return `/v1/webhooks/${channel}/${workspaceId}`;
}

/** Without a key nothing can be sealed: the answer names the variable to set. */
export function requireSecretBox(box: SecretBox | undefined): SecretBox {
  if (box) return box;
  throw new TRPCError({
    code: 'PRECONDITION_FAILED',
    message: `Channel credentials cannot be saved: ${secretKeyVariable} is not set on the server.`,
  });
}

function shownConfig(box: SecretBox | undefined, workspaceId: string, channel: CredentialChannel, sealed: string) {
  if (!box) return null;
  try {
    return redactChannelConfig(openChannelConfig(box, workspaceId, channel, sealed));
  } catch {
    // A value sealed with another key (or no longer valid) shows as connected but unreadable.
    return null;
  }
}

/** Every credential channel of the workspace, connected or not. */
export async function listChannels(db: Db, box: SecretBox | undefined, workspaceId: string): Promise<ChannelState[]> {
  const rows = await listChannelCredentials(db, workspaceId);
  const states = credentialChannels.map((channel): ChannelState => {
    const row = rows.find((candidate) => candidate.channel === channel);
    const webhookPath = webhookPathOf(channel, workspaceId);
    if (!row) return { channel, connected: false, config: null, updatedAt: null, webhookPath };
    return {
      channel,
      webhookPath,
      connected: true,
      config: shownConfig(box, workspaceId, channel, row.sealedConfig),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
  const webhook = await shownLineWebhook(db, box, workspaceId);
  return webhook === undefined ? states : states.map((state) => withLineWebhook(state, webhook));
}

/** The LINE card shows the push config and the webhook's id and (redacted) secret together. */
function withLineWebhook(
  state: ChannelState,
  webhook: { updatedAt: Date; shown: Record<string, unknown> | null },
): ChannelState {
  if (state.channel !== lineChannel.name) return state;
  const pushUnreadable = state.connected && state.config === null;
  const config = pushUnreadable || webhook.shown === null ? null : { ...state.config, ...webhook.shown };
  const latest = [state.updatedAt, webhook.updatedAt.toISOString()].flatMap((at) => (at === null ? [] : [at])).sort();
  return { ...state, connected: true, config, updatedAt: latest.at(-1) ?? null };
}

/** The channel's stored config, opened; undefined when none is stored or it no longer opens. */
export async function storedConfig(db: Db, box: SecretBox, workspaceId: string, channel: CredentialChannel) {
  const row = await findChannelCredentials(db, workspaceId, channel);
  if (!row) return undefined;
  try {
    return openChannelConfig(box, workspaceId, channel, row.sealedConfig);
  } catch {
    return undefined;
  }
}

function badRequest(issues: z.core.$ZodIssue[]): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', cause: new z.ZodRealError(issues) });
}

/** What saving a channel needs from the server's services. */
export interface ChannelSaveServices {
  db: Db;
  secretBox?: SecretBox | undefined;
  outbound: OutboundPolicy;
}

/**
 * Validates, keeps secrets left as their redacted placeholder, checks the endpoint against the
 * outbound policy, seals and stores the config. The LINE card's channel id and secret (when sent)
 * go to the webhook's row, sealed as well.
 */
export async function saveChannel(
  services: ChannelSaveServices,
  workspaceId: string,
  input: { channel: CredentialChannel; config: Record<string, unknown> },
): Promise<ChannelState> {
  const { db, secretBox: box } = services;
  const sealingBox = requireSecretBox(box);
  const { push, webhook } =
    input.channel === lineChannel.name ? splitLineCard(input.config) : { push: input.config, webhook: undefined };
  const stored = await storedConfig(db, sealingBox, workspaceId, input.channel);
  const merged = keepRedactedSecrets({ ...push, channel: input.channel }, stored, secretFields[input.channel]);
  const parsed = channelSpec(input.channel).config.safeParse(merged.config);
  const line = webhook === undefined ? undefined : await parseLineWebhook(db, sealingBox, workspaceId, webhook);
  const issues = [...merged.issues, ...(parsed.success ? [] : parsed.error.issues), ...(line?.issues ?? [])];
  if (issues.length > 0 || !parsed.success) throw badRequest(issues);
  const config = parsed.data as ChannelConfig;
  const endpoint = await checkChannelEndpoint(config, services.outbound);
  if (endpoint.length > 0) throw badRequest(endpoint.map((issue) => ({ code: 'custom', input: undefined, ...issue })));
  const sealedConfig = sealChannelConfig(sealingBox, workspaceId, config);
  await db.transaction().execute(async (tx) => {
    await saveChannelCredentials(tx, { workspaceId, channel: input.channel, sealedConfig });
    if (line?.credentials) await saveLineWebhook(tx, sealingBox, workspaceId, line.credentials);
  });
  const saved = (await listChannels(db, sealingBox, workspaceId)).find((state) => state.channel === input.channel);
  if (!saved) throw new Error(`The ${input.channel} config was not stored.`);
  return saved;
}

/** Disconnects the channel (for LINE, its webhook too); `removed` is false when it was not connected. */
export async function removeChannel(db: Db, workspaceId: string, channel: CredentialChannel) {
  const removed = await deleteChannelCredentials(db, workspaceId, channel);
  const webhookRemoved = channel === lineChannel.name && (await deleteLineChannel(db, workspaceId));
  return { removed: removed || webhookRemoved };
}
