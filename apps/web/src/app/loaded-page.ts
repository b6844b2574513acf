// A page whose code loads on demand, drawn as soon as it arrives. React.lazy under Suspense would
// do the same but slower: React holds back Suspense content that resolves within 300 ms of its
// fallback appearing (its reveal throttle), and the editor's code usually arrives in that window
// (bench: editor open).
import { createElement, useEffect, useReducer, type ComponentType } from 'react';

/**
 * A component that draws nothing until `load` has given the page's component, then that component
 * with the same props. The code is loaded once, on first mount (or sooner by whoever calls `load`);
 * a failed load is thrown while rendering, as React.lazy does.
 */
export function loadedPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let page: ComponentType<P> | undefined;
  let failure: { error: unknown } | undefined;
  let loading: Promise<void> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => {
        page = component;
      },
      (error: unknown) => {
        failure = { error };
      },
    ));
  return function LoadedPage(props: P) {
    const [, arrived] = useReducer((count: number) => count + 1, 0);
    useEffect(() => {
      let mounted = true;
      if (page === undefined) void start().then(() => mounted && arrived());
      return () => {
        mounted = false;
      };
    }, []);
    if (failure !== undefined) throw failure.error;
    return page === undefined ? null : createElement(page, props);
  };
}
