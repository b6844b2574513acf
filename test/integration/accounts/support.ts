// A browser-like tRPC client for the accounts tests: keeps the session cookie the server sets and,
// once known, sends the CSRF token on every request, as the web app does.
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '@wayfarer/server';
import type { TestServer } from '../server/support';

export interface Browser {
  client: ReturnType<typeof createTRPCClient<AppRouter>>;
  /** The session cookie (`name=value`), if one is set. */
  cookie: string | undefined;
  /** The CSRF token sent as `x-csrf-token`; tests may clear or corrupt it. */
  csrfToken: string | undefined;
}

function rememberCookie(browser: Browser, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair = ''] = header.split(';');
    const cleared = /expires=thu, 01 jan 1970/i.test(header);
    browser.cookie = cleared ? undefined : pair;
  }
}

/** A fresh "browser" against the test server: no cookie until it signs in. */
export function newBrowser(test: Pick<TestServer, 'url'>): Browser {
  const browser: Browser = { cookie: undefined, csrfToken: undefined } as Browser;
  browser.client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${test.url}/trpc`,
        headers: () => ({
          ...(browser.cookie === undefined ? {} : { cookie: browser.cookie }),
          ...(browser.csrfToken === undefined ? {} : { 'x-csrf-token': browser.csrfToken }),
        }),
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          rememberCookie(browser, response);
          return response;
        },
      }),
    ],
  });
  return browser;
}

/** Signs the browser in and keeps the CSRF token the server returned. */
export async function signIn(browser: Browser, email: string, password: string): Promise<void> {
  const me = await browser.client.auth.signIn.mutate({ email, password });
  if (!me.signedIn) throw new Error('sign-in did not sign in');
  browser.csrfToken = me.csrfToken ?? undefined;
}
