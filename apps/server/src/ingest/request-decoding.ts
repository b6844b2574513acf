// Compressed request bodies (`Content-Encoding: gzip` or `deflate`), as several Segment libraries
// send them, decoded with node:zlib before the JSON parser. The body limit applies to the decoded
// bytes (Fastify counts what the returned stream yields), so a small compressed body cannot
// unpack into an unbounded one.
import type { Readable } from 'node:stream';
import { createGunzip, createInflate } from 'node:zlib';
import type { FastifyRequest } from 'fastify';

/** A decoding failure: the body was not what its Content-Encoding said (400). */
function asBadRequest(error: Error & { statusCode?: number }): void {
  error.statusCode = 400;
  error.message = 'The request body is not valid for its Content-Encoding.';
}

/** An encoding this API does not decode (415, naming the ones it does). */
export class UnsupportedEncodingError extends Error {
  readonly statusCode = 415;
  readonly code = 'unsupported_content_encoding';
  constructor(encoding: string) {
    super(`Content-Encoding "${encoding}" is not supported; send gzip, deflate or identity.`);
  }
}

/** Fastify `preParsing` hook: the payload as sent, or decoded when it is compressed. */
export async function decodeRequestBody(request: FastifyRequest, _reply: unknown, payload: Readable) {
  const encoding = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return payload;
  if (encoding !== 'gzip' && encoding !== 'deflate') throw new UnsupportedEncodingError(encoding);
  // Fastify compares Content-Length with the bytes that came over the wire, not the decoded ones.
  const decoded = Object.assign(encoding === 'gzip' ? createGunzip() : createInflate(), { receivedEncodedLength: 0 });
  payload.on('data', (chunk: Buffer) => {
    decoded.receivedEncodedLength += chunk.length;
  });
  decoded.on('error', asBadRequest);
  payload.on('error', (error) => decoded.destroy(error));
  payload.pipe(decoded);
  return decoded;
}
