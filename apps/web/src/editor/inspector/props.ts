import type { Diagnostic } from '@wayfarer/journey';
import type { AnyNodeTypeSpec, Locale } from '@wayfarer/nodes';
import type { AnyEditorFacet } from '@wayfarer/nodes/editor';

export interface NodeInspectorProps {
  nodeId: string;
  spec: AnyNodeTypeSpec;
  facet: AnyEditorFacet | undefined;
  /** The node's current config (possibly invalid while being edited). */
  config: unknown;
  /** Compiler problems about this node (e.g. `invalid_config` with a `path`, `missing_edge`). */
  problems: readonly Diagnostic[];
  readOnly: boolean;
  locale: Locale;
  onChange(config: unknown): void;
}

export interface ProblemsPanelProps {
  problems: readonly Diagnostic[];
  /** Node titles by node id, for readable rows. */
  nodeLabels: Readonly<Record<string, string>>;
  /** What to do about a problem, in the UI language. */
  describe(problem: Diagnostic): string;
  onSelectNode(nodeId: string): void;
}
