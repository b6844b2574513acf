import {
  channelRuntime,
  isChannelName,
  openChannelConfig,
  secretKeyVariable,
  type ChannelWebhook,
  type InboundEvent,
  type ProviderChannelName,
  type SecretBox,
  type WebhookRequest,
} from '@wayfarer/channels';
import { findChannelCredentials, insertEvent, resolveCustomer, setChannelConsent } from '@wayfarer/db';
import { refreshSegmentsForCustomer, routeEvent, type RoutingDeps } from '@wayfarer/routing';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

// `GET|POST /v1/webhooks/:channel/:workspaceId`: the provider's calls for every channel whose
// runtime has a webhook (Messenger, WeChat). The channel's handler verifies and maps the request
// with the workspace's opened config; this stores what it returns — the customer by the event's
// identity, the event once, the consent it gives — and routes it, as the LINE webhook does.

const paramsSchema = z.object({ channel: z.string(), workspaceId: z.uuid() });

type ChannelWebhookDeps = RoutingDeps & { secretBox?: SecretBox };

type Found = { webhook: ChannelWebhook<unknown>; config: unknown; workspaceId: string; channel: ProviderChannelName };

/** The channel's webhook and the workspace's opened config; an answer when there is none. */
async function findWebhook(
  deps: ChannelWebhookDeps,
  params: unknown,
): Promise<Found | { status: number; error: string; message: string }> {
  const parsed = paramsSchema.safeParse(params);
  const missing = { status: 404, error: 'not_found', message: 'No channel webhook is connected here.' };
  if (!parsed.success || !isChannelName(parsed.data.channel)) return missing;
  const { channel, workspaceId } = parsed.data;
  const webhook: ChannelWebhook<unknown> | undefined = channelRuntime(channel).webhook;
  if (webhook === undefined) return missing;
  const stored = await findChannelCredentials(deps.db, workspaceId, channel as ProviderChannelName);
  if (stored === undefined) return missing;
  // 503, not 4xx: providers redeliver, and the deliveries verify once the server can open the config.
  if (deps.secretBox === undefined) {
    return { status: 503, error: 'secret_key_missing', message: `${secretKeyVariable} is not set.` };
  }
  try {
    const config = openChannelConfig(deps.secretBox, workspaceId, channel, stored.sealedConfig);
    return { webhook, config, workspaceId, channel: channel as ProviderChannelName };
  } catch {
    return {
      status: 503,
      error: 'secret_unreadable',
      message: 'The stored channel config does not open with this key.',
    };
  }
}

/** Stores one event once (by its provider id), applies the consent it gives, and routes it. */
async function ingest(deps: RoutingDeps, found: Found, event: InboundEvent): Promise<void> {
  const { workspaceId } = found;
  const { customer } = await resolveCustomer(deps.db, workspaceId, [event.identity]);
  const stored = await insertEvent(deps.db, {
    workspaceId,
    customerId: customer.id,
    messageId: `${found.channel}:${event.messageId}`,
    kind: 'track',
    name: event.name,
    properties: event.properties,
    timestamp: event.timestamp,
  });
  // `routedAt` is set last, so a redelivery after a crash applies the consent again.
  if (stored.event.routedAt !== null) return;
  if (event.consent !== undefined) {
    const source = `${found.channel}_webhook`;
    await setChannelConsent(deps.db, {
      workspaceId,
      customerId: customer.id,
      channel: found.channel,
      status: event.consent,
      source,
    });
  }
  await routeEvent(deps, stored.event);
  await refreshSegmentsForCustomer(deps, { workspaceId, customerId: customer.id });
}

function lastValues(query: unknown): Record<string, string> {
  const entries = Object.entries((query ?? {}) as Record<string, unknown>).flatMap(([key, value]) => {
    const last: unknown = Array.isArray(value) ? (value as unknown[]).at(-1) : value;
    return typeof last === 'string' ? [[key, last] as const] : [];
  });
  return Object.fromEntries(entries);
}

function headerValues(request: FastifyRequest): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.at(-1) : value]),
  );
}

async function handle(deps: ChannelWebhookDeps, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const found = await findWebhook(deps, request.params);
  if ('status' in found) {
    const { status, ...body } = found;
    return reply.code(status).send(body);
  }
  const webhookRequest: WebhookRequest = {
    method: request.method === 'GET' ? 'GET' : 'POST',
    query: lastValues(request.query),
    headers: headerValues(request),
    body: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
  };
  const outcome = found.webhook.handle(webhookRequest, found.config);
  // In order: a follow before a message of the same customer must land first.
  for (const event of outcome.events) await ingest(deps, found, event);
  if (outcome.contentType !== undefined) reply.type(outcome.contentType);
  return reply.code(outcome.status).send(outcome.body);
}

/**
 * Channel webhooks. Signatures are over the exact bytes sent, so this scope parses no body: it keeps
 * it raw for the channel's handler.
 */
export async function channelWebhookRoutes(app: FastifyInstance, options: { deps: ChannelWebhookDeps }): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body);
  });
  const handler = (request: FastifyRequest, reply: FastifyReply) => handle(options.deps, request, reply);
  app.get('/v1/webhooks/:channel/:workspaceId', handler);
  app.post('/v1/webhooks/:channel/:workspaceId', handler);
}
