/** Why the configuration could not be loaded; stable, so each boundary can translate it once. */
export type ConfigErrorCode =
  /** wayfarer.config.json is unreadable, not JSON or the wrong shape. */
  | 'invalid_config_file'
  /** A listed package (or its `/runtime` entry) cannot be imported. */
  | 'package_not_loadable'
  /** A package loads but does not export what a node package must. */
  | 'invalid_package'
  /** The node types do not compose: a type registered twice, a facet missing or without a spec. */
  | 'invalid_registry'
  /** TEMPORAL_CLI_PATH or TEMPORAL_TEST_SERVER_PATH names something that is not an executable file. */
  | 'invalid_temporal_binary';

/** The deployment's configuration is broken (a setup mistake, reported at start-up). */
export class ConfigError extends Error {
  constructor(
    readonly code: ConfigErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/** The message of a caught value, for wrapping it in a ConfigError. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
