import { describe, expect, it } from 'vitest';
import { layoutPreview } from './preview-layout';

const box = { width: 300, height: 120, nodeWidth: 20, nodeHeight: 10, padding: 10 };

describe('layoutPreview', () => {
  it('fits every node inside the box, keeping left-to-right order', () => {
    const { nodes } = layoutPreview(
      {
        nodes: [
          { id: 'a', type: 't', x: 0, y: 0 },
          { id: 'b', type: 't', x: 300, y: -180 },
          { id: 'c', type: 't', x: 2400, y: 180 },
        ],
        edges: [],
      },
      box,
    );
    for (const node of nodes) {
      expect(node.x).toBeGreaterThanOrEqual(box.padding - 1e-9);
      expect(node.x + box.nodeWidth).toBeLessThanOrEqual(box.width - box.padding + 1e-9);
      expect(node.y).toBeGreaterThanOrEqual(box.padding - 1e-9);
      expect(node.y + box.nodeHeight).toBeLessThanOrEqual(box.height - box.padding + 1e-9);
    }
    expect(nodes.map((node) => node.x)).toEqual([...nodes.map((node) => node.x)].sort((p, q) => p - q));
  });

  it('draws an edge from the right side of its source to the left side of its target', () => {
    const { nodes, edges } = layoutPreview(
      {
        nodes: [
          { id: 'a', type: 't', x: 0, y: 0 },
          { id: 'b', type: 't', x: 300, y: 0 },
        ],
        edges: [
          { source: 'a', target: 'b' },
          { source: 'a', target: 'missing' },
        ],
      },
      box,
    );
    expect(edges).toHaveLength(1);
    const [a, b] = nodes;
    const numbers = (edges[0]?.path.match(/-?[\d.]+/g) ?? []).map(Number);
    expect(numbers[0]).toBeCloseTo(a!.x + box.nodeWidth, 1);
    expect(numbers[1]).toBeCloseTo(a!.y + box.nodeHeight / 2, 1);
    expect(numbers.at(-2)).toBeCloseTo(b!.x, 1);
    expect(numbers.at(-1)).toBeCloseTo(b!.y + box.nodeHeight / 2, 1);
  });

  it('handles an empty outline', () => {
    expect(layoutPreview({ nodes: [], edges: [] }, box)).toEqual({ nodes: [], edges: [] });
  });
});
