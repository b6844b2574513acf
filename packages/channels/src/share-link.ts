// A customer's share link: `/r/<code>` on Wayfarer's public address. The server answers it (records
// the visit for the customer who shared it, then redirects to the landing page); the worker's
// "Share link" step hands it out.

/** The server's route of share links. */
export const SHARE_LINK_ROUTE = '/r/:code';

/** The share link of `code` under the public address `baseUrl` (`WAYFARER_PUBLIC_URL`). */
export function shareLinkUrl(baseUrl: string, code: string): string {
  return new URL(`r/${encodeURIComponent(code)}`, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
}

/** Where a visit to the link goes: the landing page with `ref=<code>`, for its sign-up form to pass on. */
export function shareLinkTarget(landingUrl: string, code: string): string {
  const target = new URL(landingUrl);
  target.searchParams.set('ref', code);
  return target.toString();
}
