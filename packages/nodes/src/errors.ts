/** A node registry was composed wrongly (a programming error, raised at start-up). */
export class NodeRegistryError extends Error {
  constructor(
    readonly code: 'duplicate_node_type' | 'missing_facet' | 'facet_without_spec',
    message: string,
  ) {
    super(message);
    this.name = 'NodeRegistryError';
  }
}
