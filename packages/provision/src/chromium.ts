import { existsSync } from 'node:fs';
import { ProvisionError } from './provision-error';

/** Debian's Chromium package. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the browser tests and the editor benchmark drive: CHROMIUM_PATH, else Debian's
 * `/usr/bin/chromium`, else the one packed in the `@sparticuz/chromium` npm package (unpacked
 * into the temporary folder on first use, for Linux x64 and arm64).
 */
export async function provideChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    if (!existsSync(explicit))
      throw new ProvisionError('chromium_missing', `CHROMIUM_PATH=${explicit} does not exist.`);
    return explicit;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  try {
    const { default: packed } = await import('@sparticuz/chromium');
    return await packed.executablePath();
  } catch (error) {
    throw new ProvisionError(
      'chromium_missing',
      `No Chromium: set CHROMIUM_PATH, install Debian's chromium, or run npm install (@sparticuz/chromium). ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
