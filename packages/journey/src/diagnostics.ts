/** Every kind of problem the compiler reports; codes are stable API. */
export const diagnosticCodes = [
  'invalid_graph',
  'duplicate_node_id',
  'unknown_node_type',
  'unsupported_type_version',
  'invalid_config',
  'missing_edge',
  'dangling_edge',
  'duplicate_edge',
  'unreachable_node',
  'cycle_without_wait',
  'no_trigger',
] as const;
export type DiagnosticCode = (typeof diagnosticCodes)[number];

/** One problem in a journey graph, naming the node (and edge/field) it is about. */
export interface Diagnostic {
  code: DiagnosticCode;
  message: string;
  nodeId?: string;
  edgeId?: string;
  port?: string;
  /** Path inside the node's config for `invalid_config`, e.g. `delay.amount`. */
  path?: string;
}

export type CompileResult<T> = { ok: true; value: T } | { ok: false; problems: Diagnostic[] };
