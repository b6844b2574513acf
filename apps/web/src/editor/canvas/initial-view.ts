// How the canvas opens (Braze Canvas, Customer.io): the whole journey when it can be read on one
// screen, otherwise its start at a readable zoom, the rest a scroll or a minimap click away.
import type { GraphNode } from '@wayfarer/journey';
import type { PortCatalog } from '../graph/graph-types';

/** Above this many nodes the canvas renders only what is on screen. */
export const LARGE_JOURNEY = 300;

/** The smallest zoom at which a card's title and summary can still be read. */
export const READABLE_ZOOM = 0.6;

/** The opening fit: the whole journey, never past 100 % nor below a readable zoom. */
export const OPENING_FIT = { padding: 0.15, maxZoom: 1, minZoom: READABLE_ZOOM };

/**
 * The journey's first step: its leftmost trigger, else its leftmost step. Kept in view when the
 * whole journey does not fit at the zoom floor.
 */
export function firstStep<T extends Pick<GraphNode, 'type' | 'position'>>(
  nodes: readonly T[],
  catalog: Pick<PortCatalog, 'kindOf'>,
): T | undefined {
  const triggers = nodes.filter((node) => catalog.kindOf(node.type) === 'trigger');
  return (triggers.length > 0 ? triggers : nodes).reduce<T | undefined>(
    (best, node) => (best === undefined || node.position.x < best.position.x ? node : best),
    undefined,
  );
}
