import { validateSignature } from '@line/bot-sdk';
import {
  findLineChannelSecret,
  insertEvent,
  resolveCustomer,
  setChannelConsent,
  setCustomerAttributes,
} from '@wayfarer/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { refreshSegmentsForCustomer, routeEvent, type RoutingDeps } from '@wayfarer/routing';
import { lineWebhookBodySchema, mapLineEvent, type MappedLineEvent } from './line-events';

const paramsSchema = z.object({ workspaceId: z.uuid() });

/** Stores one LINE event once (by webhookEventId), binds the LINE identity, and routes it. */
async function ingestLineEvent(deps: RoutingDeps, workspaceId: string, event: MappedLineEvent): Promise<void> {
  const { customer } = await resolveCustomer(deps.db, workspaceId, [{ kind: 'line', value: event.lineUserId }]);
  const stored = await insertEvent(deps.db, {
    workspaceId,
    customerId: customer.id,
    messageId: event.messageId,
    kind: 'track',
    name: event.name,
    properties: event.properties,
    timestamp: event.timestamp,
  });
  // `routedAt` is set last, so a retry after a crash applies the consent change again.
  if (stored.event.routedAt !== null) return;
  if (Object.keys(event.attributes).length > 0) await setCustomerAttributes(deps.db, customer.id, event.attributes);
  // Follow / unfollow is the customer's answer about LINE: the send policy reads it from here.
  if (typeof event.attributes.line_subscribed === 'boolean') {
    const status = event.attributes.line_subscribed ? 'subscribed' : 'unsubscribed';
    await setChannelConsent(deps.db, {
      workspaceId,
      customerId: customer.id,
      channel: 'line',
      status,
      source: 'line_webhook',
    });
  }
  await routeEvent(deps, stored.event);
  await refreshSegmentsForCustomer(deps, { workspaceId, customerId: customer.id });
}

async function handleLineWebhook(deps: RoutingDeps, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const params = paramsSchema.safeParse(request.params);
  const secret = params.success ? await findLineChannelSecret(deps.db, params.data.workspaceId) : undefined;
  if (!params.success || secret === undefined) {
    return reply.code(404).send({ error: 'not_found', message: 'No LINE channel is connected to this workspace.' });
  }
  const signature = request.headers['x-line-signature'];
  const body = request.body;
  if (typeof signature !== 'string' || !Buffer.isBuffer(body) || !validateSignature(body, secret, signature)) {
    return reply.code(401).send({ error: 'invalid_signature', message: 'x-line-signature does not match the body.' });
  }
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return reply.code(400).send({ error: 'invalid_request', message: 'The body is not JSON.' });
  }
  const parsed = lineWebhookBodySchema.safeParse(json);
  if (!parsed.success) return reply.code(400).send({ error: 'invalid_request', message: parsed.error.message });
  // In order: a follow before a message of the same user must land first.
  for (const event of parsed.data.events) {
    const mapped = mapLineEvent(event);
    if (mapped !== undefined) await ingestLineEvent(deps, params.data.workspaceId, mapped);
  }
  return reply.send({});
}

/**
 * `POST /v1/webhooks/line/:workspaceId`: the LINE Messaging API webhook of a workspace's channel.
 * The signature is an HMAC of the exact bytes sent, so this scope parses no body: it keeps it raw.
 */
export async function lineWebhookRoutes(app: FastifyInstance, options: { deps: RoutingDeps }): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body);
  });
  app.post('/v1/webhooks/line/:workspaceId', async (request, reply) => handleLineWebhook(options.deps, request, reply));
}
