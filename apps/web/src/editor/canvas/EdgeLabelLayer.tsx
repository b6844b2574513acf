import { useStore } from '@xyflow/react';
import {
  createContext,
  useContext,
  useEffect,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';
import { createPortal } from 'react-dom';

// React Flow's <EdgeLabelRenderer> looks its target element up with querySelector in a store
// selector, so with one per edge every store update (each drag frame) ran 1,000 DOM queries.
// Here the target is found once and shared through context.
const LayerContext = createContext<HTMLElement | null>(null);
const SetLayerContext = createContext<Dispatch<SetStateAction<HTMLElement | null>>>(() => undefined);

/** Wraps <ReactFlow> so its edges can portal labels into the label layer. */
export function EdgeLabelLayerProvider({ children }: { children: ReactNode }) {
  const [layer, setLayer] = useState<HTMLElement | null>(null);
  return (
    <SetLayerContext.Provider value={setLayer}>
      <LayerContext.Provider value={layer}>{children}</LayerContext.Provider>
    </SetLayerContext.Provider>
  );
}

/** Rendered inside <ReactFlow>: finds the label layer once React Flow has mounted it. */
export function EdgeLabelLayerProbe() {
  const domNode = useStore((state) => state.domNode);
  const setLayer = useContext(SetLayerContext);
  useEffect(() => {
    setLayer(domNode?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null);
  }, [domNode, setLayer]);
  return null;
}

/** Renders HTML over the edges (in flow coordinates, like <EdgeLabelRenderer>). */
export function EdgeLabel({ children }: { children: ReactNode }) {
  const layer = useContext(LayerContext);
  return layer ? createPortal(children, layer) : null;
}
