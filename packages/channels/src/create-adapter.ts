import { parseChannelConfig, type ChannelConfig } from './config';
import { createEmailAdapter } from './email.adapter';
import { ChannelConfigError } from './errors';
import { createLineAdapter } from './line.adapter';
import { createOutboxAdapter, type OutboxSink } from './outbox.adapter';
import { createSmsAdapter } from './sms.adapter';
import type { ChannelName } from './messages';
import type { ChannelAdapter } from './types';
import { createWebhookAdapter } from './webhook.adapter';
import { defaultOutboundPolicy, type OutboundPolicy } from './outbound/address-policy';

export interface AdapterDeps {
  /** Required for the `outbox` channel. */
  outbox?: OutboxSink;
  /** Which addresses the channel may call; WAYFARER_OUTBOUND_ALLOW's policy when absent. */
  policy?: OutboundPolicy;
}

// Every adapter checks the message's channel at run time (defineAdapter), so widening is safe.
function widen<C extends ChannelName>(adapter: ChannelAdapter<C>): ChannelAdapter {
  return adapter as unknown as ChannelAdapter;
}

function build(config: ChannelConfig, deps: AdapterDeps): ChannelAdapter {
  const policy = deps.policy ?? defaultOutboundPolicy();
  switch (config.channel) {
    case 'line':
      return widen(createLineAdapter(config, policy));
    case 'email':
      return widen(createEmailAdapter(config, policy));
    case 'sms':
      return widen(createSmsAdapter(config, policy));
    case 'webhook':
      return widen(createWebhookAdapter(config, { policy }));
    case 'outbox':
      if (!deps.outbox) throw new ChannelConfigError('The outbox channel needs an outbox sink.');
      return widen(createOutboxAdapter(deps.outbox));
    default: {
      const unreachable: never = config;
      return unreachable;
    }
  }
}

/**
 * Builds the adapter a channel config describes, validating the config first (e.g. one just opened
 * from `channel_credentials`). Throws ChannelConfigError naming the bad fields — never the secrets.
 */
export function createChannelAdapter(config: unknown, deps: AdapterDeps = {}): ChannelAdapter {
  return build(parseChannelConfig(config), deps);
}
