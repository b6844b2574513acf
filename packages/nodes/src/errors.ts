/** Why node types, facets or services do not compose (a programming error, raised at start-up). */
export type NodeRegistryErrorCode =
  | 'duplicate_node_type'
  | 'duplicate_event_rule'
  | 'missing_facet'
  | 'facet_without_spec'
  | 'duplicate_service'
  | 'missing_service'
  | 'service_phase';

/** A node registry was composed wrongly (a programming error, raised at start-up). */
export class NodeRegistryError extends Error {
  constructor(
    readonly code: NodeRegistryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NodeRegistryError';
  }
}
