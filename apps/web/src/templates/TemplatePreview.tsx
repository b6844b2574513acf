import type { NodeCategory } from '@wayfarer/nodes';
import { nodeRegistry } from '../app/node-registry';
import { layoutPreview } from './preview-layout';
import type { TemplatePreviewOutline } from './template-types';

const box = { width: 320, height: 124, nodeWidth: 22, nodeHeight: 12, padding: 14 };

/** The step kinds' colours (tokens.css), as CSS variables an SVG stroke can use. */
const categoryColors: Readonly<Record<NodeCategory, string>> = {
  triggers: 'var(--color-kind-trigger)',
  actions: 'var(--color-kind-action)',
  flow: 'var(--color-kind-flow)',
  rewards: 'var(--color-kind-reward)',
  custom: 'var(--color-kind-custom)',
};

/** A thumbnail of the journey's shape: steps coloured by category, wired left to right. */
export function TemplatePreview({ outline, label }: { outline: TemplatePreviewOutline; label: string }) {
  const layout = layoutPreview(outline, box);
  return (
    <svg className="template-preview" viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-label={label}>
      {layout.edges.map((edge) => (
        <path key={edge.id} d={edge.path} fill="none" stroke="var(--color-gray-300)" strokeWidth={1.5} />
      ))}
      {layout.nodes.map((node) => {
        const category = nodeRegistry.get(node.type)?.category ?? 'custom';
        return (
          <rect
            key={node.id}
            x={node.x}
            y={node.y}
            width={box.nodeWidth}
            height={box.nodeHeight}
            rx={4}
            fill="var(--color-white)"
            stroke={categoryColors[category]}
            strokeWidth={2}
          />
        );
      })}
    </svg>
  );
}
