import { randomUUID } from 'node:crypto';
import { verifyUnsubscribeUrl, type UnsubscribeTarget } from '@wayfarer/channels';
import { findChannelConsent, insertEvent, setChannelConsent } from '@wayfarer/db';
import { unsubscribed } from '@wayfarer/events';
import { refreshSegmentsForCustomer, routeEvent, type RoutingDeps } from '@wayfarer/routing';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { confirmationPage, donePage } from './unsubscribe-pages';

export interface UnsubscribeOptions {
  deps: RoutingDeps;
  /** The key links are signed with (`unsubscribeLinkKey`); without it the route answers 404. */
  linkKey: Buffer | undefined;
}

/**
 * Marks the customer unsubscribed from email and, the first time, records an `unsubscribed` event
 * (`channel: email`) routed like any other, so journeys exiting on it end. Repeats change nothing.
 */
async function unsubscribe(deps: RoutingDeps, target: UnsubscribeTarget): Promise<void> {
  const current = await findChannelConsent(deps.db, target.customerId, target.channel);
  if (current?.status === 'unsubscribed') return;
  await setChannelConsent(deps.db, { ...target, status: 'unsubscribed', source: 'unsubscribe_link' });
  const { event } = await insertEvent(deps.db, {
    workspaceId: target.workspaceId,
    customerId: target.customerId,
    messageId: `unsubscribe:${randomUUID()}`,
    kind: 'track',
    name: unsubscribed.name,
    properties: { channel: target.channel, source: 'unsubscribe_link' },
    timestamp: new Date(),
  });
  await routeEvent(deps, event);
  await refreshSegmentsForCustomer(deps, { workspaceId: target.workspaceId, customerId: target.customerId });
}

/**
 * The one-click unsubscribe link of emails (RFC 8058): `POST` unsubscribes at once (what mail
 * clients send for `List-Unsubscribe-Post`); `GET` only shows a confirmation button, because link
 * scanners fetch every URL in a message and must not unsubscribe anyone.
 */
export async function unsubscribeRoutes(app: FastifyInstance, { deps, linkKey }: UnsubscribeOptions): Promise<void> {
  const targetOf = (request: FastifyRequest, reply: FastifyReply): UnsubscribeTarget | undefined => {
    if (linkKey === undefined) {
      void reply.code(404).send({ error: 'not_found', message: 'Unsubscribe links are not configured.' });
      return undefined;
    }
    const target = verifyUnsubscribeUrl(linkKey, new URL(request.url, 'http://link'));
    if (target === undefined) {
      void reply.code(403).send({ error: 'invalid_link', message: 'This unsubscribe link is not valid.' });
    }
    return target;
  };
  // Mail clients post `List-Unsubscribe=One-Click` form-encoded; the body carries nothing we need.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );
  app.get('/v1/unsubscribe', async (request, reply) => {
    if (targetOf(request, reply) === undefined) return reply;
    return reply.type('text/html; charset=utf-8').send(confirmationPage(request.url));
  });
  app.post('/v1/unsubscribe', async (request, reply) => {
    const target = targetOf(request, reply);
    if (target === undefined) return reply;
    const customerExists = await deps.db
      .selectFrom('customers')
      .select('id')
      .where('id', '=', target.customerId)
      .where('workspaceId', '=', target.workspaceId)
      .executeTakeFirst();
    if (customerExists !== undefined) await unsubscribe(deps, target);
    return reply.type('text/html; charset=utf-8').send(donePage());
  });
}
