import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '@wayfarer/journey';
import { chain, edge, graphOf, node, testCatalog, waitConfig } from '../graph/test-graph';
import { createFlowNodeBuilder } from './flow-model';
import { firstStep, READABLE_ZOOM } from './initial-view';
import { openingViewport } from './opening-viewport';

const LAPTOP = { width: 1024, height: 700 };
const ZOOM = { minZoom: 0.05, maxZoom: 2 };

function flowNodes(nodes: GraphNode[], edges: GraphEdge[]) {
  const graph = graphOf(nodes, edges);
  return createFlowNodeBuilder()({
    nodes: graph.nodes,
    edges: graph.edges,
    selected: new Set(),
    drag: null,
    measured: new Map(),
    catalog: testCatalog,
  });
}

/** A trigger and `waits` wait steps in one row, 320 px apart, the trigger at `triggerAt`. */
function row(waits: number, triggerAt = { x: 0, y: 0 }) {
  const nodes = [
    node('start', 'core.trigger.api', {}, triggerAt),
    ...Array.from({ length: waits }, (_, i) => node(`w${i}`, 'core.wait', waitConfig, { x: 320 * (i + 1), y: 0 })),
  ];
  const edges = [
    edge('start', 'out', 'w0'),
    ...Array.from({ length: waits - 1 }, (_, i) => edge(`w${i}`, 'out', `w${i + 1}`)),
  ];
  return flowNodes(nodes, edges);
}

const onScreen = (viewport: { x: number; y: number; zoom: number }, point: { x: number; y: number }) => ({
  x: viewport.x + point.x * viewport.zoom,
  y: viewport.y + point.y * viewport.zoom,
});

describe('openingViewport', () => {
  it('fits a short journey whole, at no more than 100 %', () => {
    const graph = chain();
    const nodes = flowNodes(graph.nodes, graph.edges);
    const view = openingViewport(nodes, testCatalog, LAPTOP, ZOOM);
    expect(view?.zoom).toBe(1);
    const last = onScreen(view!, { x: 640 + 240, y: 0 });
    expect(last.x).toBeLessThanOrEqual(LAPTOP.width);
  });

  it('fits a journey whole while that keeps it readable', () => {
    const view = openingViewport(row(4), testCatalog, LAPTOP, ZOOM);
    expect(view?.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(view?.zoom).toBeLessThan(1);
    expect(onScreen(view!, { x: 320 * 4 + 240, y: 0 }).x).toBeLessThanOrEqual(LAPTOP.width);
  });

  it('opens a long journey readable, its trigger at the top left', () => {
    const view = openingViewport(row(35), testCatalog, LAPTOP, ZOOM);
    expect(view?.zoom).toBe(READABLE_ZOOM);
    const trigger = onScreen(view!, { x: 0, y: 0 });
    expect(trigger.x).toBeGreaterThan(0);
    expect(trigger.x).toBeLessThan(LAPTOP.width / 4);
    expect(trigger.y).toBeGreaterThanOrEqual(0);
    expect(trigger.y).toBeLessThan(LAPTOP.height / 2);
  });

  it('keeps a trigger drawn far below the top in view', () => {
    const nodes = [
      ...row(35, { x: 0, y: 3000 }),
      ...flowNodes([node('note', 'core.wait', waitConfig, { x: 400, y: 0 })], []),
    ];
    const view = openingViewport(nodes, testCatalog, LAPTOP, ZOOM);
    const trigger = onScreen(view!, { x: 0, y: 3000 });
    expect(trigger.y).toBeGreaterThan(0);
    expect(trigger.y).toBeLessThan(LAPTOP.height - 100);
  });

  it('waits for the pane to have a size', () => {
    expect(openingViewport(row(3), testCatalog, { width: 0, height: 0 }, ZOOM)).toBeUndefined();
  });
});

describe('firstStep', () => {
  it('is the leftmost trigger, else the leftmost step', () => {
    const nodes = [
      node('w', 'core.wait', waitConfig, { x: -500, y: 0 }),
      node('b', 'core.trigger.api', {}, { x: 300, y: 0 }),
      node('a', 'core.trigger.api', {}, { x: 100, y: 0 }),
    ];
    expect(firstStep(nodes, testCatalog)?.id).toBe('a');
    expect(firstStep(nodes.slice(0, 1), testCatalog)?.id).toBe('w');
  });
});
