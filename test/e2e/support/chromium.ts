// Debian's Chromium driven by playwright-core (no browser downloads). Shared by the e2e tests and
// the editor benchmark, so both run the same browser with the same flags.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export const CHROMIUM_INSTALL_HINT = 'Install it with `apt-get install -y chromium` or set CHROMIUM_PATH.';

// Without the background-networking flags Chromium keeps calling Google services, which floods a
// closed network with failing requests (and slows start-up).
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Throws with the install hint when there is no Chromium binary. */
export function assertChromiumInstalled(): string {
  const path = chromiumPath();
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}. ${CHROMIUM_INSTALL_HINT}`);
  return path;
}

/** A headless Chromium; the caller closes it. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: assertChromiumInstalled(), headless: true, args: [...CHROMIUM_ARGS] });
}
