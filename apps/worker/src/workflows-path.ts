import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** File of the journey workflow, for the SDK's bundler. */
export function journeyWorkflowsPath(): string {
  return require.resolve('@wayfarer/workflows/journey');
}

/**
 * What every bundle of the journey workflows is built from. The workflow modules are preloaded:
 * evaluated once per workflow thread and shared (frozen) by every workflow it runs, instead of
 * evaluated again for each cached workflow (~30 modules, half a parked customer's heap). So they
 * must hold no per-run state at module level (today: constants, activity proxies, signal
 * definitions); the SDK freezes the exports of shared modules.
 */
export function journeyBundleOptions(): { workflowsPath: string; preloadModules: string[] } {
  const workflowsPath = journeyWorkflowsPath();
  return { workflowsPath, preloadModules: [workflowsPath] };
}
