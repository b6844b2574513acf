import type { ChannelConfig, ChannelConfigInput, ChannelName } from './channel-registry';
import { parseChannelConfig, secretFields } from './config';
import { redact, SealedValueError, type SecretBox } from './secrets';

// A workspace's channel config is sealed whole (endpoints included) and bound to its row, so a
// sealed value copied to another workspace or channel does not open.

function context(workspaceId: string, channel: ChannelName): string {
  return `channel_credentials:${workspaceId}:${channel}`;
}

/** Validates a channel config and seals it for `channel_credentials`. */
export function sealChannelConfig(box: SecretBox, workspaceId: string, config: ChannelConfigInput): string {
  const valid = parseChannelConfig(config);
  return box.seal(JSON.stringify(valid), context(workspaceId, valid.channel));
}

/**
 * Opens a stored channel config; throws SealedValueError when it was altered or moved, and
 * ChannelConfigError when it no longer validates.
 */
export function openChannelConfig(
  box: SecretBox,
  workspaceId: string,
  channel: ChannelName,
  sealed: string,
): ChannelConfig {
  const config = parseChannelConfig(JSON.parse(box.open(sealed, context(workspaceId, channel))));
  if (config.channel !== channel) {
    throw new SealedValueError(
      'sealed_value_unopenable',
      `The stored config is for ${config.channel}, not ${channel}.`,
    );
  }
  return config;
}

function redactPath(value: Record<string, unknown>, path: readonly string[]): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined || !(head in value)) return value;
  const inner = value[head];
  if (rest.length === 0) return { ...value, [head]: typeof inner === 'string' ? redact(inner) : '••••' };
  if (typeof inner !== 'object' || inner === null) return value;
  return { ...value, [head]: redactPath(inner as Record<string, unknown>, rest) };
}

/** The config as the API may show it: secrets replaced by `••••1234`, everything else as is. */
export function redactChannelConfig(config: ChannelConfig): Record<string, unknown> {
  const paths: readonly string[] = secretFields[config.channel];
  return paths.reduce<Record<string, unknown>>((shown, path) => redactPath(shown, path.split('.')), { ...config });
}
