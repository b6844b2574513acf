import type { ChannelName } from './channel-registry';
import type { ChannelRuntime } from './define-channel-runtime';
import { emailRuntime } from './email/email.adapter';
import { lineRuntime } from './line/line.adapter';
import { messengerRuntime } from './messenger/messenger.adapter';
import { outboxRuntime } from './outbox/outbox.adapter';
import { smsRuntime } from './sms/sms.adapter';
import { webhookRuntime } from './webhook/webhook.adapter';
import { wechatRuntime } from './wechat/wechat.adapter';

/** The runtime facet of every channel in the registry (channel-registry.ts); a test checks none is missing. */
export const channelRuntimes: readonly ChannelRuntime[] = [
  lineRuntime,
  messengerRuntime,
  wechatRuntime,
  emailRuntime,
  smsRuntime,
  webhookRuntime,
  outboxRuntime,
];

const byName = new Map(channelRuntimes.map((runtime) => [runtime.spec.name, runtime]));

/** The runtime facet of a registered channel. */
export function channelRuntime(name: ChannelName): ChannelRuntime {
  const runtime = byName.get(name);
  if (runtime === undefined) throw new Error(`The "${name}" channel has no runtime facet.`);
  return runtime;
}
