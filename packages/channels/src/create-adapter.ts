import { channelRuntime } from './channel-runtimes';
import { parseChannelConfig } from './config';
import type { OutboxSink } from './outbox/outbox.adapter';
import type { ChannelAdapter } from './types';
import { defaultOutboundPolicy, type OutboundPolicy } from './outbound/address-policy';

export interface AdapterDeps {
  /** Required for the `outbox` channel. */
  outbox?: OutboxSink;
  /** Which addresses the channel may call; WAYFARER_OUTBOUND_ALLOW's policy when absent. */
  policy?: OutboundPolicy;
}

/**
 * Builds the adapter a channel config describes, validating the config first (e.g. one just opened
 * from `channel_credentials`). Throws ChannelConfigError naming the bad fields — never the secrets.
 */
export function createChannelAdapter(config: unknown, deps: AdapterDeps = {}): ChannelAdapter {
  const valid = parseChannelConfig(config);
  return channelRuntime(valid.channel).createAdapter(valid, {
    policy: deps.policy ?? defaultOutboundPolicy(),
    outbox: deps.outbox,
  });
}
