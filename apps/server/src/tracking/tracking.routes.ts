import { verifyClickUrl, verifyOpenUrl } from '@wayfarer/channels';
import type { RoutingDeps } from '@wayfarer/routing';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { recordClick, recordOpen } from './record-engagement';

export interface TrackingOptions {
  deps: RoutingDeps;
  /** The key tracking links are signed with (`trackingLinkKey`); without it nothing is recorded. */
  linkKey: Buffer | undefined;
}

/** A 1×1 transparent GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function noStore(reply: FastifyReply): FastifyReply {
  return reply
    .header('cache-control', 'no-store, no-cache, must-revalidate, max-age=0')
    .header('pragma', 'no-cache')
    .header('expires', '0');
}

/**
 * Email engagement: `GET /v1/t/o` is the open pixel (records `email_opened` once per message,
 * always answers the pixel so a mail client never shows a broken image), `GET /v1/t/c` a click
 * (records `email_clicked`, then redirects). The click target is bound by the signature: an edited
 * or unsigned link gets a 400 and no redirect, so the server is no open redirect.
 */
export async function trackingRoutes(app: FastifyInstance, { deps, linkKey }: TrackingOptions): Promise<void> {
  app.get('/v1/t/o', async (request, reply) => {
    const message = linkKey && verifyOpenUrl(linkKey, new URL(request.url, 'http://link'));
    if (message) {
      try {
        await recordOpen(deps, message, new Date());
      } catch (error) {
        // The pixel must still load; the open is lost, which only undercounts.
        request.log.error({ err: error }, 'recording an email open failed');
      }
    }
    return noStore(reply).type('image/gif').send(PIXEL);
  });
  app.get('/v1/t/c', async (request, reply) => {
    const click = linkKey && verifyClickUrl(linkKey, new URL(request.url, 'http://link'));
    if (!click) {
      return noStore(reply).code(400).send({ error: 'invalid_link', message: 'This link is not valid.' });
    }
    try {
      await recordClick(deps, click, new Date());
    } catch (error) {
      // The reader still reaches the page; the click is lost, which only undercounts.
      request.log.error({ err: error }, 'recording an email click failed');
    }
    return noStore(reply).redirect(click.url, 302);
  });
}
