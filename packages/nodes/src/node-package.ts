import type { AnyEventRule } from '@wayfarer/journey';
import type { AnyNodeTypeSpec } from './define';

/**
 * The main entry of a node-type package (`@acme/nodes`): its specs, and optionally the event rules
 * its triggers name. Facets live in `/runtime` and `/editor`.
 */
export interface NodePackage {
  nodeTypes: readonly AnyNodeTypeSpec[];
  eventRules?: readonly AnyEventRule[];
}
