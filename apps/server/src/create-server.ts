import { inSpanUnder } from '@wayfarer/telemetry';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { closeLiveNodeStats } from './analytics/live-node-stats';
import { statsCsvRoutes } from './analytics/stats-csv.routes';
import { startEventRouter, type EventRouter } from '@wayfarer/routing';
import { healthRoutes } from './health/health.routes';
import { ingestRoutes } from './ingest/ingest.routes';
import { customersExportRoutes } from './exports/customers-export.routes';
import { importFileRoutes } from './imports/import-file.routes';
import { richMenuImageRoutes } from './rich-menus/rich-menu-image.routes';
import { DEFAULT_IMPORT_MAX_BYTES } from './imports/upload-limit';
import { shareLinkRoutes } from './referrals/share-link.routes';
import { trackingRoutes } from './tracking/tracking.routes';
import { unsubscribeRoutes } from './unsubscribe/unsubscribe.routes';
import { lineWebhookRoutes } from './webhooks/line-webhook.routes';
import { liffFormRoutes } from './liff/liff-form.routes';
import { createLiffDeps } from './liff/liff-deps';
import { channelWebhookRoutes } from './webhooks/channel-webhook.routes';
import { sealClearLineSecrets, sealClearLineSecretsMessage } from './channels/seal-clear-line-secrets';
import type { ServerDeps } from './server-deps';
import { createServices } from './services';
import { appRouter, type AppRouter } from './trpc/app-router';
import { contextFactory } from './trpc/context';
import { applyIngestBodyLimit, TRPC_BODY_LIMIT } from './hardening/body-limits';
import { errorHandler, sendError } from './hardening/error-replies';
import { requireJsonForApiPosts } from './hardening/json-only-api';
import { logRedaction } from './hardening/log-redaction';
import { neverCacheApiAnswers } from './hardening/no-store';
import { refuseUnsafeInput } from './hardening/unsafe-input';
import { registerSecurityHeaders } from './hardening/security-headers';
import { registerPreviewFrame } from './hardening/preview-frame.routes';
import { translateError } from './trpc/error-translation';
import { registerMetricsRoute } from './observability/metrics.routes';
import { DEFAULT_REQUEST_LIMITS, trpcRateLimit, type RequestLimits } from './limits/request-limits';

/** Largest request body: a big journey graph fits comfortably (ingest has its own, smaller one). */
export const BODY_LIMIT = TRPC_BODY_LIMIT;

export interface WayfarerServer {
  app: FastifyInstance;
  /** Listens and starts routing stored events; resolves with the address (e.g. `http://127.0.0.1:3000`). */
  start(options: { port: number; host?: string }): Promise<string>;
  /**
   * Stops accepting requests, waits for those in flight and for the event router's batch in hand.
   * The deps stay open: the caller owns them.
   */
  stop(): Promise<void>;
}

// A number is how many proxies in front of us to believe, counted from the nearest.
function trustedProxies(
  setting: boolean | number | string,
): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}

function createApp(logger: ServerDeps['logger'], trustProxy: ServerDeps['trustProxy']): FastifyInstance {
  // tRPC batches put every procedure name in the path.
  const options = {
    bodyLimit: BODY_LIMIT,
    routerOptions: { maxParamLength: 5_000 },
    // Behind a proxy, request.ip is the real client's (sign-in and tRPC limits key on it).
    ...(trustProxy === undefined ? {} : { trustProxy: trustedProxies(trustProxy) }),
  };
  if (logger === true) return Fastify({ ...options, logger: { redact: logRedaction } });
  if (logger === undefined || logger === false) return Fastify({ ...options, logger: false });
  if ('child' in logger) return Fastify({ ...options, loggerInstance: logger });
  return Fastify({ ...options, logger: { ...logger, redact: logRedaction } });
}

function requestLimitsOf(deps: ServerDeps): RequestLimits {
  return {
    ingestPerKey: deps.ingestRateLimitPerMin ?? DEFAULT_REQUEST_LIMITS.ingestPerKey,
    unauthenticated: deps.unauthenticatedRateLimitPerMin ?? DEFAULT_REQUEST_LIMITS.unauthenticated,
    trpcPerCaller: deps.trpcRateLimitPerMin ?? DEFAULT_REQUEST_LIMITS.trpcPerCaller,
  };
}

/** The HTTP server: tRPC at `/trpc`, ingestion at `/v1`, `/healthz` + `/readyz`, and the web app's files. */
export function createServer(deps: ServerDeps): WayfarerServer {
  const app = createApp(deps.logger, deps.trustProxy);
  const limits = requestLimitsOf(deps);
  const services = createServices(deps);
  app.setErrorHandler(errorHandler());
  applyIngestBodyLimit(app);
  registerSecurityHeaders(app);
  registerPreviewFrame(app);
  requireJsonForApiPosts(app);
  refuseUnsafeInput(app);
  neverCacheApiAnswers(app);
  const trpcOptions: FastifyTRPCPluginOptions<AppRouter>['trpcOptions'] = {
    router: appRouter,
    createContext: contextFactory(services),
    onError({ error, path, req }) {
      if (translateError(error).code === 'INTERNAL_SERVER_ERROR') {
        req.log.error({ err: error.cause ?? error, path }, 'tRPC procedure failed');
      }
    },
  };
  void app.register(healthRoutes, { deps: services, logLevel: 'warn' });
  if (deps.metrics !== undefined) registerMetricsRoute(app, deps.metrics, deps.db);
  void app.register(async (scope) => {
    await scope.register(rateLimit, trpcRateLimit(deps.db, limits, deps.metrics));
    await scope.register(fastifyTRPCPlugin, { prefix: '/trpc', trpcOptions });
  });
  // Ingest is the hot path (one request per customer event): no per-request log lines, only warnings
  // and errors; it measurably cost throughput (bench: ingest).
  // Stored events are routed by this process's router after the answer (see @wayfarer/routing).
  let router: EventRouter | undefined;
  void app.register(ingestRoutes, {
    db: services.db,
    keys: services.ingestKeys,
    onStored: () => router?.wake(),
    handoff: {
      reserve: (count) => router?.reserve(count),
      adopt: (events, reserved) => router?.adopt(events, reserved),
      stored: () => router?.stored(),
    },
    limits,
    metrics: deps.metrics,
    logLevel: 'warn',
  });
  void app.register(importFileRoutes, { deps: services, maxBytes: deps.importMaxBytes ?? DEFAULT_IMPORT_MAX_BYTES });
  void app.register(customersExportRoutes, { deps: services });
  void app.register(richMenuImageRoutes, { deps: services });
  void app.register(lineWebhookRoutes, { deps: services });
  void app.register(liffFormRoutes, { deps: createLiffDeps(services, deps.liff) });
  void app.register(channelWebhookRoutes, { deps: services });
  void app.register(statsCsvRoutes, { deps: services });
  // Live stats streams stay open; end them first, or closing would wait for every viewer to leave.
  app.addHook('preClose', async () => closeLiveNodeStats(services));
  void app.register(unsubscribeRoutes, { deps: services, linkKey: deps.unsubscribeLinkKey });
  void app.register(trackingRoutes, { deps: services, linkKey: deps.trackingLinkKey });
  void app.register(shareLinkRoutes, { deps: services });
  const webApp = deps.webRoot !== undefined && existsSync(join(deps.webRoot, 'index.html'));
  if (webApp) void app.register(fastifyStatic, { root: deps.webRoot });
  app.setNotFoundHandler((request, reply) => {
    // The web app routes on the client: any other page address gets its index.html.
    const isPage = request.method === 'GET' && !/^\/(trpc|v1)(\/|$)/.test(request.url);
    if (webApp && isPage) return reply.sendFile('index.html');
    return sendError(request, reply, 404, {
      error: 'not_found',
      message: `${request.method} ${request.url} does not exist.`,
    });
  });
  return {
    app,
    start: async ({ port, host }) => {
      // Migration 0008's start-up step: only the server holds the key that seals LINE secrets.
      const sealing = await sealClearLineSecrets(deps.db, deps.secretBox);
      const sealingMessage = sealClearLineSecretsMessage(sealing);
      if (sealingMessage !== undefined) app.log[sealing.leftInClear > 0 ? 'warn' : 'info'](sealingMessage);
      const address = await app.listen({ port, host: host ?? '0.0.0.0' });
      router = startEventRouter(services, {
        ...deps.eventRouter,
        onError: (error, event) => app.log.error({ err: error, eventId: event?.id }, 'routing an event failed'),
        aroundEvent: (event, route) =>
          inSpanUnder(event.traceParent, 'route event', { 'wayfarer.event_id': event.id }, route),
      });
      return address;
    },
    stop: async () => {
      await app.close();
      await router?.stop();
      await services.simulation.close();
    },
  };
}
