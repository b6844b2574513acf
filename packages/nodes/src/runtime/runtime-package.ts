import type { AnyRuntimeFacet } from './define-runtime';

/** What a node-type package's `/runtime` entry exports. */
export interface RuntimePackage {
  runtimes: readonly AnyRuntimeFacet[];
}
