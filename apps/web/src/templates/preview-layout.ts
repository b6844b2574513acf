import type { TemplatePreviewOutline } from './template-types';

export interface PreviewBox {
  width: number;
  height: number;
  nodeWidth: number;
  nodeHeight: number;
  padding: number;
}

export interface PreviewLayout {
  nodes: { id: string; type: string; x: number; y: number }[];
  edges: { id: string; path: string }[];
}

/**
 * Scales a template's outline into a thumbnail box, keeping its proportions and centring it.
 * Node x/y are top-left corners; edges are curves from a node's right side to the next one's left.
 */
export function layoutPreview(outline: TemplatePreviewOutline, box: PreviewBox): PreviewLayout {
  if (outline.nodes.length === 0) return { nodes: [], edges: [] };
  const xs = outline.nodes.map((node) => node.x);
  const ys = outline.nodes.map((node) => node.y);
  const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
  const spanX = Math.max(...xs) - minX || 1;
  const spanY = Math.max(...ys) - minY || 1;
  const innerWidth = box.width - 2 * box.padding - box.nodeWidth;
  const innerHeight = box.height - 2 * box.padding - box.nodeHeight;
  const scale = Math.min(innerWidth / spanX, innerHeight / spanY);
  const offsetX = box.padding + (innerWidth - spanX * scale) / 2;
  const offsetY = box.padding + (innerHeight - spanY * scale) / 2;
  const nodes = outline.nodes.map((node) => ({
    id: node.id,
    type: node.type,
    x: offsetX + (node.x - minX) * scale,
    y: offsetY + (node.y - minY) * scale,
  }));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges = outline.edges.flatMap((edge, index) => {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) return [];
    const [x1, y1] = [source.x + box.nodeWidth, source.y + box.nodeHeight / 2];
    const [x2, y2] = [target.x, target.y + box.nodeHeight / 2];
    const bend = Math.max((x2 - x1) / 2, 8);
    const round = (value: number) => Math.round(value * 10) / 10;
    const path = `M${round(x1)},${round(y1)} C${round(x1 + bend)},${round(y1)} ${round(x2 - bend)},${round(y2)} ${round(x2)},${round(y2)}`;
    return [{ id: `${edge.source}->${edge.target}#${index}`, path }];
  });
  return { nodes, edges };
}
