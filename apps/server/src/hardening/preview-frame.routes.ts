// The blank page message previews are drawn in. A preview's HTML written into this page's document
// runs under this page's policy, not the app's: a mail's or a Flex bubble's images load from any
// https address, as they would in the customer's mail client or in LINE, while the app itself keeps
// `img-src 'self' data: blob:`. (A `srcdoc` frame would inherit the app's policy and show none.)
import type { FastifyInstance } from 'fastify';

/** Where the preview frame's document is served. */
export const PREVIEW_FRAME_PATH = '/preview-frame';

/**
 * No script, no connection, no form, no base URL; images and fonts from https (and inline data),
 * inline styles (mails and flex-render style inline); framed only by the app's own pages.
 */
export const previewFramePolicy = [
  "default-src 'none'",
  "img-src 'self' data: https:",
  "style-src 'unsafe-inline'",
  "font-src 'self' data: https:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

const blankPage = '<!doctype html><html><head><meta charset="utf-8"><title></title></head><body></body></html>';

/** Serves the preview frame's blank page with its own Content-Security-Policy. */
export function registerPreviewFrame(app: FastifyInstance): void {
  app.get(PREVIEW_FRAME_PATH, (_request, reply) =>
    reply
      .header('content-security-policy', previewFramePolicy)
      .header('x-frame-options', 'SAMEORIGIN')
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(blankPage),
  );
}
