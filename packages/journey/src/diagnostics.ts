/** Every kind of problem the compiler and the publish-time workspace check report; codes are stable API. */
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
  // Found at publish, against the workspace (see checkWorkspace).
  'channel_not_connected',
  'missing_asset',
  // Warnings: publishing goes ahead, the marketer is told.
  'test_channel',
  'attribute_may_be_missing',
] as const;
export type DiagnosticCode = (typeof diagnosticCodes)[number];

/** One problem in a journey graph, naming the node (and edge/field) it is about. */
export interface Diagnostic {
  code: DiagnosticCode;
  message: string;
  /** Absent: an error, which refuses publishing. `warning`: publishing goes ahead. */
  severity?: 'warning';
  nodeId?: string;
  edgeId?: string;
  port?: string;
  /** Path inside the node's config for `invalid_config`, e.g. `delay.amount`. */
  path?: string;
  /** Values a UI shows in its own words: `{ kind: 'lottery', ref: '…' }`, `{ attribute: 'name' }`. */
  params?: Readonly<Record<string, string>>;
}

/** Whether a diagnostic refuses publishing. */
export function isError(problem: Diagnostic): boolean {
  return problem.severity !== 'warning';
}

export type CompileResult<T> = { ok: true; value: T } | { ok: false; problems: Diagnostic[] };
