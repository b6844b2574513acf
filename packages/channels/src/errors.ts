/** A channel config that does not validate, or an adapter missing what it needs. */
export class ChannelConfigError extends Error {
  readonly code = 'invalid_channel_config';
  constructor(message: string) {
    super(message);
    this.name = 'ChannelConfigError';
  }
}
