import { openChannelConfig } from './channel-credentials';
import { createChannelAdapter } from './create-adapter';
import { ChannelConfigError } from './errors';
import { channelSpec, type ChannelName, type ProviderChannelName } from './channel-registry';
import type { OutboxSink } from './outbox/outbox.adapter';
import { SealedValueError, type SecretBox } from './secrets';
import type { ChannelAdapter } from './types';
import type { OutboundPolicy } from './outbound/address-policy';

/** A row of `channel_credentials` as the resolver needs it. */
export interface StoredChannelConfig {
  sealedConfig: string;
  updatedAt: Date;
}

export interface AdapterResolverDeps {
  box: SecretBox;
  /** Reads the workspace's sealed config (e.g. `findChannelCredentials` of @wayfarer/db). */
  load(workspaceId: string, channel: ProviderChannelName): Promise<StoredChannelConfig | undefined>;
  /** Where `outbox` messages go; the outbox needs no credentials. */
  outbox?: OutboxSink;
  /** Which addresses channels may call; WAYFARER_OUTBOUND_ALLOW's policy when absent. */
  policy?: OutboundPolicy;
}

/** An adapter for the workspace, or why there is none (a value: the send step decides what it means). */
export type ResolvedAdapter =
  | { ok: true; adapter: ChannelAdapter }
  | { ok: false; code: 'channel_not_connected' | 'channel_credentials_unreadable'; detail: string };

/**
 * Finds the adapter for a workspace's channel, building it from the stored sealed config and
 * reusing it until the stored config changes (so transports are not rebuilt on every send).
 */
export function createAdapterResolver(deps: AdapterResolverDeps) {
  const cache = new Map<string, { updatedAt: number; adapter: ChannelAdapter }>();
  async function resolve(workspaceId: string, channel: ChannelName): Promise<ResolvedAdapter> {
    if (channelSpec(channel).delivery === 'recorded') {
      if (!deps.outbox) return { ok: false, code: 'channel_not_connected', detail: 'No outbox sink is configured.' };
      return { ok: true, adapter: createChannelAdapter({ channel }, { outbox: deps.outbox }) };
    }
    const stored = await deps.load(workspaceId, channel as ProviderChannelName);
    if (!stored)
      return { ok: false, code: 'channel_not_connected', detail: `The workspace has no ${channel} channel.` };
    const key = `${workspaceId}:${channel}`;
    const cached = cache.get(key);
    if (cached?.updatedAt === stored.updatedAt.getTime()) return { ok: true, adapter: cached.adapter };
    try {
      const config = openChannelConfig(deps.box, workspaceId, channel, stored.sealedConfig);
      const adapter = createChannelAdapter(config, deps.policy ? { policy: deps.policy } : {});
      cache.set(key, { updatedAt: stored.updatedAt.getTime(), adapter });
      return { ok: true, adapter };
    } catch (error) {
      if (!(error instanceof SealedValueError || error instanceof ChannelConfigError || error instanceof SyntaxError)) {
        throw error;
      }
      return { ok: false, code: 'channel_credentials_unreadable', detail: error.message };
    }
  }
  return { resolve };
}

export type AdapterResolver = ReturnType<typeof createAdapterResolver>;
