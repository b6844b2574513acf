import { channelSpec, channelSpecs, isChannelName, type ChannelConfig, type ChannelName } from './channel-registry';
import { ChannelConfigError } from './errors';

/** Which fields of each channel's config are secrets (never returned by the API in clear). */
export const secretFields: Readonly<Record<ChannelName, readonly string[]>> = Object.fromEntries(
  channelSpecs.map((spec) => [spec.name, spec.secretFields]),
) as Record<ChannelName, readonly string[]>;

function describe(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/**
 * Validates a channel config against its channel's definition (applying defaults). Throws
 * ChannelConfigError naming the bad fields — never their values, which may be secrets.
 */
export function parseChannelConfig(input: unknown): ChannelConfig {
  const channel = (input as { channel?: unknown } | null)?.channel;
  if (!isChannelName(channel)) {
    throw new ChannelConfigError(`Invalid channel config: channel: not a channel Wayfarer knows`);
  }
  const parsed = channelSpec(channel).config.safeParse(input);
  if (parsed.success) return parsed.data as ChannelConfig;
  throw new ChannelConfigError(`Invalid channel config: ${describe(parsed.error.issues)}`);
}
