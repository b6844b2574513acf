import { channelSpec, isChannelName } from '@wayfarer/channels/spec';
import { DataError } from './errors';

// Channel columns are checked against the channel registry here, not by CHECK constraints listing
// names (migration 0022), so a new channel needs no migration.

/** Throws `invalid_state` unless `channel` is a registered channel (of `delivery`, when given). */
export function assertChannelName(channel: string, delivery?: 'provider' | 'recorded'): void {
  if (!isChannelName(channel) || (delivery !== undefined && channelSpec(channel).delivery !== delivery)) {
    throw new DataError('invalid_state', `"${channel}" is not a channel Wayfarer can store here.`);
  }
}
