// Until sign-in exists (a later issue), the UI authenticates with a workspace's full-scope API key,
// kept in localStorage. `npm start` prints a link carrying it in the URL fragment (#apiKey=…).
const STORAGE_KEY = 'wayfarer.apiKey';

export function readApiKey(): string | null {
  return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
}

export function storeApiKey(key: string | null): void {
  if (key === null) globalThis.localStorage?.removeItem(STORAGE_KEY);
  else globalThis.localStorage?.setItem(STORAGE_KEY, key);
}

/** Moves a key given as `#apiKey=…` into storage and removes it from the address bar. */
export function adoptApiKeyFromUrl(): void {
  const match = /(?:^#|&)apiKey=([^&]+)/.exec(window.location.hash);
  if (!match?.[1]) return;
  storeApiKey(decodeURIComponent(match[1]));
  history.replaceState(null, '', window.location.pathname + window.location.search);
}
