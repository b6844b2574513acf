// Templates mapped to what the gallery shows: texts in every language, node types and a preview.
import type { LocalizedText } from '@wayfarer/nodes';
import { templateNodeTypes, type JourneyTemplate, type TemplateTag } from '@wayfarer/templates';

/** The graph's outline, enough to draw a thumbnail. */
export interface TemplatePreview {
  nodes: { id: string; type: string; x: number; y: number }[];
  edges: { source: string; target: string }[];
}

export interface TemplateSummary {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  tags: TemplateTag[];
  /** Node type ids used, in order of first appearance. */
  nodeTypes: string[];
  preview: TemplatePreview;
}

function toPreview(template: JourneyTemplate): TemplatePreview {
  const graph = template.graph('en');
  return {
    nodes: graph.nodes.map((node) => ({
      id: node.id,
      type: node.type,
      x: node.position?.x ?? 0,
      y: node.position?.y ?? 0,
    })),
    edges: (graph.edges ?? []).map((edge) => ({ source: edge.source, target: edge.target })),
  };
}

export function toTemplateSummary(template: JourneyTemplate): TemplateSummary {
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    tags: [...template.tags],
    nodeTypes: templateNodeTypes(template),
    preview: toPreview(template),
  };
}
