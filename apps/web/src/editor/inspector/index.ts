// The side panel's building blocks (owned by the inspector work): presentational components driven
// by a node type's spec and editor facet. The editor page wires them to its store.
// These are placeholders with their final signatures; the implementations replace them.
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

/** The selected node's form, generated from its config schema. */
export function NodeInspector(props: NodeInspectorProps): null {
  void props;
  return null;
}

export interface ProblemsPanelProps {
  problems: readonly Diagnostic[];
  /** Node titles by node id, for readable rows. */
  nodeLabels: Readonly<Record<string, string>>;
  onSelectNode(nodeId: string): void;
}

/** The list of compiler problems; clicking one focuses its node. */
export function ProblemsPanel(props: ProblemsPanelProps): null {
  void props;
  return null;
}

/** A valid (or as-near-as-possible) starting config for a node dropped from the palette. */
export function defaultConfigFor(spec: AnyNodeTypeSpec): unknown {
  void spec;
  return {};
}
