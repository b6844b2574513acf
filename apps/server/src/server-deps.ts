import type { Client } from '@temporalio/client';
import type { OutboundPolicy, SecretBox } from '@wayfarer/channels';
import type { Db } from '@wayfarer/db';
import type { NodeRegistry } from '@wayfarer/nodes';
import type { EventRouterOptions } from '@wayfarer/routing';
import type { Registry } from '@wayfarer/telemetry';
import type { FastifyBaseLogger, LogLevel } from 'fastify';
import type { SimulationOptions } from './simulation/lazy-simulator';
import type { LiffSettings } from './liff/liff-deps';

/** Everything the HTTP server needs, built by a composition root (main.ts, embedded.ts, tests). */
export interface ServerDeps {
  db: Db;
  /** Client of the Temporal namespace the journey workers poll. */
  temporal: Client;
  /** Node types journeys are compiled against. */
  registry: NodeRegistry;
  /** Task queue journey workflows are started on. */
  taskQueue: string;
  /** A logger instance, Fastify's own logger (`true`, or at a level), or none (`false`/absent). */
  logger?: FastifyBaseLogger | boolean | { level: LogLevel; stream?: { write(line: string): void } };
  /** Folder of the web app's static files; nothing is served at `/` without it. */
  webRoot?: string;
  /** Key of the emails' signed unsubscribe links (`unsubscribeLinkKey`); the route answers 404 without it. */
  unsubscribeLinkKey?: Buffer;
  /** Key of the emails' signed open/click tracking links (`trackingLinkKey`); nothing is recorded without it. */
  trackingLinkKey?: Buffer;
  /** Seals channel credentials (from WAYFARER_SECRET_KEY); saving credentials is refused without it. */
  secretBox?: SecretBox;
  /** Where the server is reached from outside (WAYFARER_PUBLIC_URL), e.g. for LINE's webhook URL; else the request's origin. */
  publicUrl?: string;
  /** Which addresses a channel's endpoint may name (WAYFARER_OUTBOUND_ALLOW's policy when absent). */
  outbound?: OutboundPolicy;
  /** Ingest API requests per minute per API key (default 6000), across all server processes. */
  ingestRateLimitPerMin?: number;
  /** Largest customer file an upload may carry, in bytes (default 200 MiB). */
  importMaxBytes?: number;
  /** How the event router claims and routes stored events (defaults in @wayfarer/routing). */
  eventRouter?: Omit<EventRouterOptions, 'onError'>;
  /** Ingest requests per minute without a valid key, all callers together (default 1200). */
  unauthenticatedRateLimitPerMin?: number;
  /** tRPC requests per minute per API key, session or (anonymous) client address (default 1200). */
  trpcRateLimitPerMin?: number;
  /** Fastify's `trustProxy`: which proxies' X-Forwarded-For to believe for the client address. */
  trustProxy?: boolean | number | string;
  /** How the journey simulator is built on first use (runtimes, a pre-built workflow bundle). */
  simulation?: SimulationOptions;
  /** Prometheus registry the server counts into and serves at `/metrics`; no endpoint without one. */
  metrics?: Registry;
  /** LIFF forms: LINE Login's address, the LIFF SDK's, and the hourly limit of phone codes. */
  liff?: LiffSettings;
}
