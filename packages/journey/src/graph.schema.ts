import { z } from 'zod';
import { journeySettingsSchema } from './ir.schema';
import { journeyTagsSchema } from './journey-tags';

/** Identifies the JSON journey document (import/export format). */
export const GRAPH_FORMAT = 'wayfarer.journey';
export const GRAPH_FORMAT_VERSION = 1;

// Ids become object keys in the IR (`steps[id]`), where `__proto__` would silently vanish.
const idSchema = z
  .string()
  .min(1)
  .max(128)
  .refine((id) => id !== '__proto__', 'This id is reserved; choose another');

/** A React Flow node: position is editor-only; `data.config` is the node type's config. */
export const graphNodeSchema = z.object({
  id: idSchema,
  type: z.string().min(1),
  position: z.object({ x: z.number(), y: z.number() }).default({ x: 0, y: 0 }),
  data: z
    .object({
      config: z.unknown().default({}),
      /** Version of the node type the config was written for; migrated up at compile time. */
      typeVersion: z.number().int().positive().optional(),
      label: z.string().optional(),
    })
    .default({ config: {} }),
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

/** A React Flow edge: `sourceHandle` is the name of the source node's port. */
export const graphEdgeSchema = z.object({
  id: idSchema,
  source: idSchema,
  sourceHandle: z.string().min(1).default('out'),
  target: idSchema,
  targetHandle: z.string().nullish(),
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

export const journeyGraphSchema = z.object({
  format: z.literal(GRAPH_FORMAT).default(GRAPH_FORMAT),
  formatVersion: z.literal(GRAPH_FORMAT_VERSION).default(GRAPH_FORMAT_VERSION),
  name: z.string().max(200).optional(),
  /** The journey's tags: written by an export, applied by an import; not part of the draft. */
  tags: journeyTagsSchema.optional(),
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema).default([]),
  settings: journeySettingsSchema.default(journeySettingsSchema.parse({})),
});
/** The editor graph as parsed (defaults filled). */
export type JourneyGraph = z.infer<typeof journeyGraphSchema>;
/** The editor graph as written by a client (defaults optional). */
export type JourneyGraphInput = z.input<typeof journeyGraphSchema>;
