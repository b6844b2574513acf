// How big an uploaded customer file may be: a million members with a dozen columns fit comfortably.

/** Default of WAYFARER_IMPORT_MAX_BYTES. */
export const DEFAULT_IMPORT_MAX_BYTES = 200 * 1024 * 1024;

export class UploadTooLargeError extends Error {
  readonly code = 'too_large';
  constructor(readonly limit: number) {
    super(`The file is larger than ${Math.round(limit / 1024 / 1024)} MiB.`);
    this.name = 'UploadTooLargeError';
  }
}

/** The body's bytes, refusing (mid-stream, before storing the rest) past `limit`. */
export async function* limitBytes(source: AsyncIterable<Uint8Array>, limit: number): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > limit) throw new UploadTooLargeError(limit);
    yield chunk;
  }
}
