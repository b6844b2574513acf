// Discovery: every node type this deployment knows (built-in and from wayfarer.config.json's
// packages), with its config as a JSON Schema, so integrators and tools can build journeys
// without reading our source. `wayfarer nodes --json` prints the same listing.
import { listNodeTypes } from '@wayfarer/nodes';
import { router, workspaceProcedure } from './trpc';

export const nodeTypesRouter = router({
  /** Every registered node type, in the palette's category order. */
  list: workspaceProcedure.query(({ ctx }) => listNodeTypes(ctx.services.registry)),
});
