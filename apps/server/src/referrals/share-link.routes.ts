import { randomUUID } from 'node:crypto';
import { SHARE_LINK_ROUTE, shareLinkTarget } from '@wayfarer/channels';
import { findShareLink, insertQueuedEvents, SHARE_CODE_SHAPE, type Db } from '@wayfarer/db';
import { referralClicked } from '@wayfarer/events';
import type { FastifyInstance } from 'fastify';

// Chat apps fetch a shared link to draw its preview (LINE's is `line-poker`): not a visit.
const previewFetcher = /bot|crawler|spider|preview|facebookexternalhit|line-poker|slackbot|discord/i;

/**
 * `GET /r/<code>`: a visit to a customer's share link. Records `referral_clicked` for the customer
 * who shared it (the router routes it like any event), then redirects to the link's landing page
 * with `ref=<code>`. The target comes from the stored link, never the request: no open redirect.
 */
export async function shareLinkRoutes(app: FastifyInstance, { deps }: { deps: { db: Db } }): Promise<void> {
  app.get<{ Params: { code: string } }>(SHARE_LINK_ROUTE, async (request, reply) => {
    const { code } = request.params;
    const link = SHARE_CODE_SHAPE.test(code) ? await findShareLink(deps.db, code) : undefined;
    reply.header('cache-control', 'no-store');
    if (link === undefined) {
      return reply.code(404).send({ error: 'unknown_link', message: 'This share link does not exist.' });
    }
    if (!previewFetcher.test(request.headers['user-agent'] ?? '')) {
      await insertQueuedEvents(deps.db, [
        {
          workspaceId: link.workspaceId,
          customerId: link.customerId,
          messageId: `${referralClicked.name}:${code}:${randomUUID()}`,
          kind: 'track',
          name: referralClicked.name,
          properties: { code },
          timestamp: new Date(),
        },
      ]);
    }
    return reply.redirect(shareLinkTarget(link.landingUrl, code), 302);
  });
}
