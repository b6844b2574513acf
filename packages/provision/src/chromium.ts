import { createReadStream, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { extract } from 'tar-fs';
import { ProvisionError } from './provision-error';

const require = createRequire(import.meta.url);

/** Debian's Chromium package. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** A Chromium to launch: its binary and what its environment needs beyond the caller's. */
export interface ProvidedChromium {
  executablePath: string;
  env: Record<string, string>;
}

// The packed Chromium links NSS and expat, which a bare Debian lacks; the package ships them (built
// for Amazon Linux 2023) but unpacks them only on Lambda. Unpacked once into the temporary folder.
async function packedLibraries(): Promise<string> {
  const libraries = join(tmpdir(), 'al2023', 'lib');
  if (existsSync(join(libraries, 'libnss3.so'))) return libraries;
  const packageDir = dirname(dirname(dirname(require.resolve('@sparticuz/chromium'))));
  await pipeline(
    createReadStream(join(packageDir, 'bin', 'al2023.tar.br')),
    createBrotliDecompress(),
    extract(join(tmpdir(), 'al2023')),
  );
  return libraries;
}

async function packedChromium(): Promise<ProvidedChromium> {
  const { default: packed } = await import('@sparticuz/chromium');
  const [executablePath, libraries] = await Promise.all([packed.executablePath(), packedLibraries()]);
  const inherited = process.env.LD_LIBRARY_PATH;
  return { executablePath, env: { LD_LIBRARY_PATH: inherited ? `${libraries}:${inherited}` : libraries } };
}

/**
 * The Chromium the browser tests and the editor benchmark drive: CHROMIUM_PATH, else Debian's
 * `/usr/bin/chromium`, else the one packed in the `@sparticuz/chromium` npm package (unpacked into
 * the temporary folder on first use; Linux x64 and arm64).
 */
export async function provideChromium(env: NodeJS.ProcessEnv = process.env): Promise<ProvidedChromium> {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    if (!existsSync(explicit))
      throw new ProvisionError('chromium_missing', `CHROMIUM_PATH=${explicit} does not exist.`);
    return { executablePath: explicit, env: {} };
  }
  if (existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, env: {} };
  try {
    return await packedChromium();
  } catch (error) {
    throw new ProvisionError(
      'chromium_missing',
      `No Chromium: set CHROMIUM_PATH, install Debian's chromium, or run npm install (@sparticuz/chromium). ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
