import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** File of the journey workflow, for the SDK's bundler. */
export function journeyWorkflowsPath(): string {
  return require.resolve('@wayfarer/workflows/journey');
}
