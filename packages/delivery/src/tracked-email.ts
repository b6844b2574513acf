import { clickUrl, openPixelUrl, rewriteEmailHtml } from '@wayfarer/channels';
import type { Message } from '@wayfarer/db';
import type { RenderedMessage } from '@wayfarer/channels';

/** Base URL and key of signed open-pixel and click links (`trackingLinkKey`). */
export interface TrackingLinks {
  baseUrl: string;
  key: Buffer;
}

/**
 * An email's HTML with its links routed through signed click URLs and an open pixel added, so
 * opens and clicks come back as `email_opened` / `email_clicked` events (apps/server tracking).
 * Other channels, the text part and the unsubscribe link are untouched.
 */
export function withEngagementTracking(
  tracking: TrackingLinks | undefined,
  row: Message,
  message: RenderedMessage,
  unsubscribeUrl: () => string,
): RenderedMessage {
  // A message with an HTML part (email) is tracked; other channels have no links to route.
  if (tracking === undefined || !('html' in message)) return message;
  const tracked = { workspaceId: row.workspaceId, customerId: row.customerId, messageId: row.id };
  const unsubscribe = unsubscribeUrl();
  const html = rewriteEmailHtml(message.html, {
    click: (url) => clickUrl(tracking.baseUrl, tracking.key, { ...tracked, url }),
    pixelUrl: openPixelUrl(tracking.baseUrl, tracking.key, tracked),
    keep: (url) => url === unsubscribe || URL.parse(url)?.pathname === '/v1/unsubscribe',
  });
  return { ...message, html };
}
