/** Why the CLI could not do its job (as opposed to the journey having problems). Exit code 2. */
export class CliError extends Error {
  constructor(
    readonly code: 'usage' | 'io' | 'config' | 'server' | 'exists',
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Process exit codes: scripts and CI branch on these. */
export const exitCodes = {
  ok: 0,
  /** The journey has problems; the import rejected rows. */
  problems: 1,
  /**
   * Bad arguments, unreadable files, a broken configuration, a server that refused or failed, a
   * folder new-node will not overwrite.
   */
  failure: 2,
} as const;
