import type { z } from 'zod';
import type { ChannelSpec } from './define-channel';
import { emailChannel } from './email/email.channel';
import { lineChannel } from './line/line.channel';
import { messengerChannel } from './messenger/messenger.channel';
import { outboxChannel } from './outbox/outbox.channel';
import { smsChannel } from './sms/sms.channel';
import { webhookChannel } from './webhook/webhook.channel';
import { wechatChannel } from './wechat/wechat.channel';

// The registry: every channel Wayfarer can send on, in the order the UI lists them. Adding a
// channel is adding its definition here (and its runtime facet in channel-runtimes.ts); every list
// of channels elsewhere is read from this one.

/** Every channel definition. */
export const channelSpecs = [
  lineChannel,
  messengerChannel,
  wechatChannel,
  emailChannel,
  smsChannel,
  webhookChannel,
  outboxChannel,
] as const;

export type AnyChannelSpec = (typeof channelSpecs)[number];
/** The channels Wayfarer can deliver on. */
export type ChannelName = AnyChannelSpec['name'];
/** Channels sent through the sending policy and a provider (all but the test mailbox). */
export type ProviderChannelName = Extract<AnyChannelSpec, { delivery: 'provider' }>['name'];

type ConfigOf<S> =
  S extends ChannelSpec<string, infer C, z.ZodType<{ channel: string }>, { channel: string }, never> ? C : never;
type SpecConfigSchema<S> = S extends { config: infer C } ? C : never;
type SpecMessageSchema<S> = S extends { message: infer M } ? M : never;
type SpecRendered<S> = S extends { render(...args: never[]): Promise<infer R> } ? R : never;

/** A validated channel config (defaults applied). */
export type ChannelConfig = z.output<SpecConfigSchema<AnyChannelSpec>>;
/** A channel config as written by a user or stored (defaults optional). */
export type ChannelConfigInput = z.input<SpecConfigSchema<AnyChannelSpec>>;
/** Any channel's provider message. */
export type ChannelMessage = z.output<SpecMessageSchema<AnyChannelSpec>>;
/** The message type of one channel. */
export type MessageFor<C extends string> = Extract<ChannelMessage, { channel: C }>;
/** What a send step writes on a provider channel (the message without its recipient). */
export type RenderedMessage = SpecRendered<Extract<AnyChannelSpec, { delivery: 'provider' }>>;
export type { ConfigOf };

/** A channel definition with its types erased, for code that works on any channel by name. */
export type SomeChannelSpec = ChannelSpec<
  string,
  z.ZodType<{ channel: string }>,
  z.ZodType<{ channel: string }>,
  { channel: string }
>;

const byName = new Map<string, SomeChannelSpec>(channelSpecs.map((spec) => [spec.name, spec as SomeChannelSpec]));
if (byName.size !== channelSpecs.length) throw new Error('Two channel definitions share a name.');

/** Every channel name, in the registry's order. */
export const channelNames = channelSpecs.map((spec) => spec.name) as unknown as readonly [
  ChannelName,
  ...ChannelName[],
];

/** True when `name` is a registered channel. */
export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && byName.has(name);
}

/** The definition of a registered channel. */
export function channelSpec(name: ChannelName): SomeChannelSpec {
  const spec = byName.get(name);
  if (spec === undefined) throw new Error(`No channel is registered as "${name}".`);
  return spec;
}

/** The names of the channels whose definition satisfies `test`, in the registry's order. */
export function channelsWhere(test: (spec: SomeChannelSpec) => boolean): ChannelName[] {
  return channelSpecs.filter((spec) => test(spec as SomeChannelSpec)).map((spec) => spec.name);
}

/** Channels a workspace connects with credentials (a settings card each). */
export const credentialChannelNames = channelsWhere((spec) => spec.delivery === 'provider') as ProviderChannelName[];
/** Channels customers can subscribe to or leave. */
export const consentChannelNames = channelsWhere((spec) => spec.policy.consent) as ProviderChannelName[];
/** Channels with a per-channel frequency cap in the sending policy. */
export const cappedChannelNames = channelsWhere((spec) => spec.policy.frequencyCap) as ProviderChannelName[];
/** The test mailbox: where new workspaces and templates send until a real channel is picked. */
export const testChannelName = channelSpecs.find((spec) => spec.delivery === 'recorded')?.name ?? channelNames[0];
