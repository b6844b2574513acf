// The side panel's building blocks: presentational components driven by a node type's spec and
// editor facet. The editor page wires them to its store. The editor never names node types: the
// form comes from the config schema (see model/schema-to-model.ts).
export type { NodeInspectorProps, ProblemsPanelProps } from './props';
/** The selected node's form, generated from its config schema. */
export { NodeInspector } from './NodeInspector';
/** The list of compiler problems; clicking one focuses its node. */
export { ProblemsPanel } from './ProblemsPanel';
/** A valid (or as-near-as-possible) starting config for a node dropped from the palette. */
export { defaultConfigFor } from './default-config';
/** A form generated from any zod schema with the inspector's field editors (the message template library). */
export { SchemaForm } from './SchemaForm';
