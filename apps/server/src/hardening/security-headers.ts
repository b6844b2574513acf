// Security headers on every answer (helmet). The policy is what the web app needs and no more:
// its own scripts only (Vite emits no inline script), inline styles (React Flow positions nodes
// with style attributes), images from data:/blob: (icons, exports), API calls to its own origin.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    // LINE serves bot and profile pictures (shown by the LINE setup wizard) from its profile CDN.
    imgSrc: ["'self'", 'data:', 'blob:', 'https://profile.line-scdn.net'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  },
};

/** Registers helmet with the app's CSP (no `upgrade-insecure-requests`: the embedded app is plain http). */
export function registerSecurityHeaders(app: FastifyInstance): void {
  void app.register(helmet, {
    contentSecurityPolicy,
    // The tracking pixel and unsubscribe pages are opened from mail clients on other origins.
    crossOriginResourcePolicy: { policy: 'same-site' },
    crossOriginEmbedderPolicy: false,
  });
}
