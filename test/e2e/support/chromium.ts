// The Chromium of @wayfarer/provision (CHROMIUM_PATH, Debian's, or the packed npm one) driven by
// playwright-core (no browser downloads). Shared by the e2e tests and the editor benchmark, so both
// run the same browser with the same flags.
import { chromium, type Browser } from 'playwright-core';
import { provideChromium } from '@wayfarer/provision';

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

/** A headless Chromium; the caller closes it. */
export async function launchChromium(): Promise<Browser> {
  const provided = await provideChromium();
  return chromium.launch({
    executablePath: provided.executablePath,
    env: { ...process.env, ...provided.env },
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}
