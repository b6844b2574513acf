// Renders what features lay over the canvas (overlay-slice.ts): figures above a card, a pill on an
// edge. Generic: entries come with their own text and title, so nothing here knows what they count.
import type { OverlayBadge } from '../store/overlay-slice';
import { useEditor } from '../store/editor-context';
import { selectEdgeBadge, selectNodeBadge } from '../store/selectors';
import { EdgeLabel } from './EdgeLabelLayer';
import './canvas-overlay.css';

function Entries({ badge }: { badge: OverlayBadge }) {
  return badge.entries.map((entry) => (
    <span
      key={entry.key}
      className={`canvas-overlay__entry canvas-overlay__entry--${entry.key}${entry.muted ? ' canvas-overlay__entry--muted' : ''}`}
      data-testid="overlay-entry"
      data-key={entry.key}
      title={entry.title}
      aria-label={entry.title}
    >
      {entry.text}
    </span>
  ));
}

/** Figures above a node card; absolutely placed, so the card's size and handles do not move. */
export function NodeOverlayBadge({ nodeId }: { nodeId: string }) {
  const badge = useEditor(selectNodeBadge(nodeId));
  if (!badge) return null;
  return (
    <div className="canvas-overlay canvas-overlay--node" data-testid="node-overlay">
      <Entries badge={badge} />
    </div>
  );
}

/** A pill on an edge, above its middle (clear of the "+" button). */
export function EdgeOverlayLabel({ edgeId, x, y }: { edgeId: string; x: number; y: number }) {
  const badge = useEditor(selectEdgeBadge(edgeId));
  if (!badge) return null;
  return (
    <EdgeLabel>
      <div
        className="canvas-overlay canvas-overlay--edge nodrag nopan"
        data-testid="edge-overlay"
        data-edge-id={edgeId}
        style={{ transform: `translate(-50%, -100%) translate(${x}px, ${y - 14}px)` }}
      >
        <Entries badge={badge} />
      </div>
    </EdgeLabel>
  );
}
