// Reads wayfarer.config.json and composes the node registries from it; finds the local Temporal
// binaries (I/O: apps, bench and tests only).
export { ConfigError } from './config-error';
export type { ConfigErrorCode } from './config-error';
export { CONFIG_FILE, findConfigFile, readWayfarerConfig, wayfarerConfigSchema } from './config-file';
export type { Env, WayfarerConfig } from './config-file';
export { composeNodeRegistry, composeRuntimeRegistry, loadNodeRegistry, loadRuntimeRegistry } from './node-packages';
export type { NodePackageModules } from './node-packages';
export {
  findTemporalBinary,
  findTemporalCli,
  findTemporalTestServer,
  TEMPORAL_INSTALL_HINT,
} from './temporal-binaries';
export type { TemporalBinaryName } from './temporal-binaries';
export { readEnv, readEnvOrExit } from './read-env';
export { temporalConnectionOf, temporalEnvShape } from './temporal-env';
export type { TemporalConnectOptions, TemporalConnection, TemporalEnv } from './temporal-env';
