import {
  createJourney,
  getJourney,
  getJourneyVersion,
  listJourneyVersions,
  saveJourneyDraft,
  DataError,
} from '@wayfarer/db';
import { compileJourney, journeyGraphSchema, type JourneyGraphInput } from '@wayfarer/journey';
import { z } from 'zod';
import { changeJourneyStatus } from '../journeys/change-journey-status';
import { journeyNameSchema } from '../journeys/journey-name';
import { toJourneyDetail, toJourneySummary, toVersionDetail, toVersionSummary } from '../journeys/journey-views';
import { publishJourney } from '../journeys/publish-journey';
import { workspaceProblems } from '../journeys/workspace-problems';
import { runDateTriggerNow, startJourneyForCustomer } from '../journeys/start-journey';
import { assertPublishable } from '../accounts/approvals';
import { journeyApprovalProcedures } from './journey-approval.procedures';
import { journeyListProcedures } from './journey-list.procedures';
import { journeyTagProcedures } from './journey-tag.procedures';
import { router, workspaceProcedure } from './trpc';

const journeyRef = z.object({ journeyId: z.uuid() });
const emptyGraph: JourneyGraphInput = { nodes: [], edges: [] };
/** Typed for clients; checked by the compiler, which reports what is wrong instead of refusing. */
const anyGraph = z.custom<JourneyGraphInput>(
  (value) => typeof value === 'object' && value !== null,
  'graph must be an object',
);

export const journeyRouter = router({
  ...journeyListProcedures,
  ...journeyTagProcedures,
  ...journeyApprovalProcedures,

  get: workspaceProcedure
    .input(journeyRef)
    .query(async ({ ctx, input }) =>
      toJourneyDetail(await getJourney(ctx.services.db, ctx.workspaceId, input.journeyId)),
    ),

  /** A new draft; a graph's `tags` (an imported file's) become the journey's tags, not part of the draft. */
  create: workspaceProcedure
    .input(z.object({ name: journeyNameSchema, graph: journeyGraphSchema.optional() }))
    .mutation(async ({ ctx, input }) => {
      const { tags, ...draft } = input.graph ?? journeyGraphSchema.parse(emptyGraph);
      return toJourneyDetail(
        await createJourney(ctx.services.db, { workspaceId: ctx.workspaceId, name: input.name, draft, tags }),
      );
    }),

  /**
   * Saves the draft; with `expectedRevision`, a save over someone else's newer one is a CONFLICT.
   * A graph's `tags` are not saved (the draft holds none; `setTags` changes them).
   */
  saveDraft: workspaceProcedure
    .input(
      journeyRef.extend({
        graph: journeyGraphSchema,
        expectedRevision: z.number().int().positive().optional(),
        name: journeyNameSchema.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { journeyId, graph, expectedRevision, name } = input;
      const { tags: notSaved, ...draft } = graph;
      const saved = await saveJourneyDraft(ctx.services.db, {
        workspaceId: ctx.workspaceId,
        journeyId,
        draft,
        expectedRevision,
        name,
      });
      return { journeyId: saved.id, revision: saved.draftRevision, updatedAt: saved.updatedAt.toISOString() };
    }),

  /**
   * Compiles without saving and, when it compiles, checks it against the workspace as publishing
   * would (channels, assets; warnings have `severity: 'warning'`). The graph is not parsed here: a
   * malformed one is reported by the compiler as `invalid_graph` problems, like every other
   * problem. A mutation so that large graphs travel in a POST body.
   */
  validate: workspaceProcedure.input(z.object({ graph: anyGraph })).mutation(async ({ ctx, input }) => {
    const compiled = compileJourney(input.graph, ctx.services.registry);
    if (!compiled.ok) return { problems: compiled.problems };
    return { problems: await workspaceProblems(ctx.services, ctx.workspaceId, compiled.value) };
  }),

  publish: workspaceProcedure
    .meta({ role: 'publisher' })
    .input(journeyRef)
    .mutation(async ({ ctx, input }) => {
      await assertPublishable(ctx.services.db, ctx.workspaceId, input.journeyId);
      const { version, warnings } = await publishJourney(ctx.services, ctx.workspaceId, input.journeyId);
      return { versionId: version.id, number: version.number, hash: version.hash, warnings };
    }),

  versions: workspaceProcedure.input(journeyRef).query(async ({ ctx, input }) => {
    await getJourney(ctx.services.db, ctx.workspaceId, input.journeyId);
    return (await listJourneyVersions(ctx.services.db, ctx.workspaceId, input.journeyId)).map(toVersionSummary);
  }),

  version: workspaceProcedure.input(z.object({ versionId: z.uuid() })).query(async ({ ctx, input }) => {
    const version = await getJourneyVersion(ctx.services.db, input.versionId);
    // Version ids are global: one of another workspace is as good as missing.
    if (version.workspaceId !== ctx.workspaceId) {
      throw new DataError('not_found', `Journey version ${input.versionId} not found.`);
    }
    return toVersionDetail(version);
  }),

  /** Stops new entrants; customers already inside carry on. */
  pause: workspaceProcedure
    .meta({ role: 'publisher' })
    .input(journeyRef)
    .mutation(async ({ ctx, input }) =>
      toJourneySummary(await changeJourneyStatus(ctx.services, ctx.workspaceId, input.journeyId, 'pause')),
    ),

  resume: workspaceProcedure
    .meta({ role: 'publisher' })
    .input(journeyRef)
    .mutation(async ({ ctx, input }) =>
      toJourneySummary(await changeJourneyStatus(ctx.services, ctx.workspaceId, input.journeyId, 'resume')),
    ),

  /** Hides the journey and stops new entrants; customers already inside carry on. */
  archive: workspaceProcedure
    .input(journeyRef)
    .mutation(async ({ ctx, input }) =>
      toJourneySummary(await changeJourneyStatus(ctx.services, ctx.workspaceId, input.journeyId, 'archive')),
    ),

  /** The API trigger: enters the customer with this userId through the journey's API trigger. */
  start: workspaceProcedure
    .input(journeyRef.extend({ userId: z.string().trim().min(1).max(255) }))
    .mutation(async ({ ctx, input }) => {
      const outcome = await startJourneyForCustomer(ctx.services, { workspaceId: ctx.workspaceId, ...input });
      return { status: outcome.status, enrollmentId: outcome.enrollment.id, workflowId: outcome.enrollment.workflowId };
    }),

  /** Runs the journey's date trigger now for one customer (by userId), whatever their date: admins only. */
  runDateTrigger: workspaceProcedure
    .meta({ role: 'admin' })
    .input(journeyRef.extend({ userId: z.string().trim().min(1).max(255) }))
    .mutation(async ({ ctx, input }) => {
      const outcome = await runDateTriggerNow(ctx.services, { workspaceId: ctx.workspaceId, ...input });
      return { status: outcome.status, enrollmentId: outcome.enrollment.id, workflowId: outcome.enrollment.workflowId };
    }),
});
