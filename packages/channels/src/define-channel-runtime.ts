import type { z } from 'zod';
import type { SomeChannelSpec } from './channel-registry';
import type { OutboxSink } from './outbox/outbox.adapter';
import type { OutboundPolicy } from './outbound/address-policy';
import type { ChannelAdapter } from './types';
import type { ChannelWebhook } from './webhook-facet';

/** What building an adapter may need besides the channel's own config. */
export interface ChannelRuntimeDeps {
  /** Which addresses the channel may call. */
  policy: OutboundPolicy;
  /** Where recorded (test mailbox) messages go. */
  outbox?: OutboxSink | undefined;
}

/**
 * The runtime facet of a channel: what needs I/O (the adapter calling the provider), attached to
 * the definition in Node code only, so the browser and the workflow sandbox never bundle it.
 */
export interface ChannelRuntime<S extends SomeChannelSpec = SomeChannelSpec> {
  readonly spec: S;
  /** Builds the adapter for one workspace's validated config. Throws ChannelConfigError when it cannot. */
  createAdapter(config: z.output<S['config']>, deps: ChannelRuntimeDeps): ChannelAdapter;
  /** The provider's calls to Wayfarer (`/v1/webhooks/<channel>/<workspace id>`), when it makes any. */
  webhook?: ChannelWebhook<z.output<S['config']>>;
}

/** Attaches the runtime facet to a channel definition. */
export function defineChannelRuntime<S extends SomeChannelSpec>(
  spec: S,
  facet: Omit<ChannelRuntime<S>, 'spec'>,
): ChannelRuntime<S> {
  return { spec, ...facet };
}
