import type { Client } from '@temporalio/client';
import type { Db } from '@wayfarer/db';
import type { NodeRegistry } from '@wayfarer/nodes';
import type { FastifyBaseLogger } from 'fastify';

/** Everything the HTTP server needs, built by a composition root (main.ts, embedded.ts, tests). */
export interface ServerDeps {
  db: Db;
  /** Client of the Temporal namespace the journey workers poll. */
  temporal: Client;
  /** Node types journeys are compiled against. */
  registry: NodeRegistry;
  /** Task queue journey workflows are started on. */
  taskQueue: string;
  /** A logger instance, `true` for Fastify's default logger, `false`/absent for none. */
  logger?: FastifyBaseLogger | boolean;
  /** Folder of the web app's static files; nothing is served at `/` without it. */
  webRoot?: string;
}
