import type { AnyNodeTypeSpec } from './define';

/** The main entry of a node-type package (`@acme/nodes`): its specs. Facets live in `/runtime` and `/editor`. */
export interface NodePackage {
  nodeTypes: readonly AnyNodeTypeSpec[];
}
