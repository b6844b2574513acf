import type { AnyRuntimeFacet } from './define-runtime';
import type { ServiceProvider } from './services/service-registry';

/** What a node-type package's `/runtime` entry exports. */
export interface RuntimePackage {
  runtimes: readonly AnyRuntimeFacet[];
  /** Providers of the package's own capabilities (a client for its remote system), if any. */
  services?: readonly ServiceProvider[];
}
