// Reads wayfarer.config.json and composes the node registries from it (I/O: apps only).
export { ConfigError, findConfigFile, readWayfarerConfig, wayfarerConfigSchema } from './config-file';
export type { WayfarerConfig } from './config-file';
export { loadNodeRegistry, loadRuntimeRegistry } from './node-packages';
export { findTemporalBinary, findTemporalCli, findTemporalTestServer, TEMPORAL_INSTALL_HINT } from './temporal-binaries';
