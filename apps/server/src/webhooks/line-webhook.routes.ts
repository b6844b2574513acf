import { validateSignature } from '@line/bot-sdk';
import { lineChannel, openLineChannelSecret, secretKeyVariable, type SecretBox } from '@wayfarer/channels';
import {
  findLineChannel,
  findLineChannelByChannelId,
  insertEvent,
  type LineChannel,
  resolveCustomer,
  setChannelConsent,
  setCustomerAttributes,
} from '@wayfarer/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findJsonProblem } from '@wayfarer/journey';
import { z } from 'zod';
import { issueOf } from '../hardening/unsafe-input';
import { refreshSegmentsForCustomer, routeEvent, type RoutingDeps } from '@wayfarer/routing';
import { lineWebhookBodySchema, mapLineEvent, type MappedLineEvent } from './line-events';

/** The webhook URL names the channel by its workspace (uuid) or by LINE's channel id (digits). */
const paramsSchema = z.object({ channelRef: z.union([z.uuid(), z.string().regex(/^\d{1,20}$/)]) });

type LineWebhookDeps = RoutingDeps & { secretBox?: SecretBox };

async function findChannel(deps: LineWebhookDeps, params: unknown): Promise<LineChannel | undefined> {
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) return undefined;
  const { channelRef } = parsed.data;
  return /^\d+$/.test(channelRef)
    ? findLineChannelByChannelId(deps.db, channelRef)
    : findLineChannel(deps.db, channelRef);
}

type Unsealed = { secret: string } | { error: string; message: string };

/** The channel secret, opened; an error (never the value) when the server cannot open it. */
function unsealSecret(box: SecretBox | undefined, channel: LineChannel): Unsealed {
  if (box === undefined) {
    return { error: 'secret_key_missing', message: `${secretKeyVariable} is not set: signatures cannot be checked.` };
  }
  try {
    return { secret: openLineChannelSecret(box, channel.workspaceId, channel.sealedChannelSecret) };
  } catch {
    return { error: 'secret_unreadable', message: 'The stored channel secret does not open with this key.' };
  }
}

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
      channel: lineChannel.name,
      status,
      source: 'line_webhook',
    });
  }
  await routeEvent(deps, stored.event);
  await refreshSegmentsForCustomer(deps, { workspaceId, customerId: customer.id });
}

async function handleLineWebhook(
  deps: LineWebhookDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const channel = await findChannel(deps, request.params);
  if (channel === undefined) {
    return reply.code(404).send({ error: 'not_found', message: 'No LINE channel is connected here.' });
  }
  // 503, not 4xx: LINE redelivers, and the deliveries verify once the server has its key again.
  const unsealed = unsealSecret(deps.secretBox, channel);
  if ('error' in unsealed) {
    request.log.error({ workspaceId: channel.workspaceId, code: unsealed.error }, unsealed.message);
    return reply.code(503).send(unsealed);
  }
  const { secret } = unsealed;
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
  const unsafe = findJsonProblem(json);
  if (unsafe !== undefined) {
    return reply
      .code(400)
      .send({ error: 'invalid_request', message: 'The request is invalid.', issues: [issueOf(unsafe)] });
  }
  const parsed = lineWebhookBodySchema.safeParse(json);
  if (!parsed.success) return reply.code(400).send({ error: 'invalid_request', message: parsed.error.message });
  // In order: a follow before a message of the same user must land first.
  for (const event of parsed.data.events) {
    const mapped = mapLineEvent(event);
    if (mapped !== undefined) await ingestLineEvent(deps, channel.workspaceId, mapped);
  }
  return reply.send({});
}

/**
 * `POST /v1/webhooks/line/:channelRef`: the LINE Messaging API webhook of a workspace's channel,
 * named by the workspace id or by LINE's channel id. Verified with the channel secret, unsealed.
 * The signature is an HMAC of the exact bytes sent, so this scope parses no body: it keeps it raw.
 */
export async function lineWebhookRoutes(app: FastifyInstance, options: { deps: LineWebhookDeps }): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body);
  });
  app.post('/v1/webhooks/line/:channelRef', async (request, reply) => handleLineWebhook(options.deps, request, reply));
}
