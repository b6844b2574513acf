import type { GetState, SetState } from './slice';

/** One figure shown over a card or an edge, e.g. `{ key: 'entered', text: '1.2k', title: '1,234 entered' }`. */
export interface OverlayEntry {
  /** Stable name of the figure (a test id and a CSS hook), never shown. */
  key: string;
  text: string;
  title: string;
  /** Drawn faded (a zero). */
  muted?: boolean;
}

/** What a feature (analytics, a test run) lays over the canvas. The canvas knows no feature by name. */
export interface OverlayBadge {
  entries: readonly OverlayEntry[];
}

/** Steps visited and edges taken, drawn emphasised (a test run, an enrollment's path). */
export interface PathHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The side tool open over the canvas (test run), if any. */
export type InsightPanel = 'simulation';

/**
 * Extension point of the canvas: badges by node id and by edge id, and one highlighted path.
 * View state only: never undone, never saved.
 */
export interface OverlaySlice {
  nodeBadges: ReadonlyMap<string, OverlayBadge>;
  edgeBadges: ReadonlyMap<string, OverlayBadge>;
  highlight: PathHighlight | null;
  insightPanel: InsightPanel | null;
  setBadges: (nodes: ReadonlyMap<string, OverlayBadge>, edges: ReadonlyMap<string, OverlayBadge>) => void;
  clearBadges: () => void;
  setHighlight: (highlight: PathHighlight | null) => void;
  openInsightPanel: (panel: InsightPanel | null) => void;
}

const NO_BADGES: ReadonlyMap<string, OverlayBadge> = new Map();

export function createOverlaySlice(set: SetState<OverlaySlice>, _get: GetState<OverlaySlice>): OverlaySlice {
  return {
    nodeBadges: NO_BADGES,
    edgeBadges: NO_BADGES,
    highlight: null,
    insightPanel: null,
    setBadges(nodes, edges) {
      set({ nodeBadges: nodes, edgeBadges: edges });
    },
    clearBadges() {
      set({ nodeBadges: NO_BADGES, edgeBadges: NO_BADGES });
    },
    setHighlight(highlight) {
      set({ highlight });
    },
    openInsightPanel(panel) {
      set({ insightPanel: panel });
    },
  };
}
