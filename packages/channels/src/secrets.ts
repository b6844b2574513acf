import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Channel credentials at rest: AES-256-GCM with a key from the environment. The envelope names its
// format version so the scheme (or the key) can change while old values still open.

/** The environment variable holding the 32-byte key, base64-encoded. */
export const secretKeyVariable = 'WAYFARER_SECRET_KEY';
const envelopeVersion = 'v1';
const keyBytes = 32;
const ivBytes = 12;
const tagBytes = 16;

/** The key is missing or is not 32 bytes of base64. */
export class SecretKeyError extends Error {
  constructor(
    readonly code: 'secret_key_missing' | 'secret_key_invalid',
    message: string,
  ) {
    super(message);
    this.name = 'SecretKeyError';
  }
}

/** A sealed value is not an envelope, or does not open with this key and context (tampered, wrong key). */
export class SealedValueError extends Error {
  constructor(
    readonly code: 'sealed_value_malformed' | 'sealed_value_unopenable',
    message: string,
  ) {
    super(message);
    this.name = 'SealedValueError';
  }
}

/** Reads the key from `WAYFARER_SECRET_KEY`; the error says what is wrong and how to make one. */
export function loadSecretKey(env: Record<string, string | undefined> = process.env): Buffer {
  const value = env[secretKeyVariable]?.trim();
  const hint = `Generate one with: openssl rand -base64 ${keyBytes}`;
  if (!value) throw new SecretKeyError('secret_key_missing', `${secretKeyVariable} is not set. ${hint}`);
  const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(value) ? Buffer.from(value, 'base64') : Buffer.alloc(0);
  if (key.length !== keyBytes) {
    throw new SecretKeyError(
      'secret_key_invalid',
      `${secretKeyVariable} must be ${keyBytes} bytes encoded as base64 (got ${key.length} bytes). ${hint}`,
    );
  }
  return key;
}

/** Seals and opens strings with one key. `context` (e.g. workspace + channel) binds a value to its row. */
export interface SecretBox {
  seal(plaintext: string, context?: string): string;
  open(sealed: string, context?: string): string;
}

const encode = (bytes: Buffer): string => bytes.toString('base64url');

function decodeEnvelope(sealed: string): { iv: Buffer; tag: Buffer; ciphertext: Buffer } {
  const parts = sealed.split(':');
  if (parts.length !== 4 || parts[0] !== envelopeVersion) {
    throw new SealedValueError('sealed_value_malformed', `Not a ${envelopeVersion}:<iv>:<tag>:<ciphertext> envelope.`);
  }
  const [iv, tag, ciphertext] = parts.slice(1).map((part) => Buffer.from(part, 'base64url'));
  if (iv?.length !== ivBytes || tag?.length !== tagBytes || ciphertext === undefined) {
    throw new SealedValueError('sealed_value_malformed', 'The envelope has a wrong-sized iv or tag.');
  }
  return { iv, tag, ciphertext };
}

/** A SecretBox over a 32-byte key. */
export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== keyBytes) throw new SecretKeyError('secret_key_invalid', `The key must be ${keyBytes} bytes.`);
  return {
    seal(plaintext, context = '') {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [envelopeVersion, encode(iv), encode(cipher.getAuthTag()), encode(ciphertext)].join(':');
    },
    open(sealed, context = '') {
      const { iv, tag, ciphertext } = decodeEnvelope(sealed);
      const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
      } catch {
        // GCM cannot tell a tampered value from a wrong key or context, and must not try.
        throw new SealedValueError(
          'sealed_value_unopenable',
          'The sealed value was altered, or the key or context differ.',
        );
      }
    },
  };
}

/** True when `value` looks like a sealed envelope (any version) rather than plain text. */
export function isSealed(value: string): boolean {
  return /^v\d+:[A-Za-z0-9_-]*:[A-Za-z0-9_-]*:[A-Za-z0-9_-]*$/.test(value);
}

/** A secret for display: its last four characters when it is long enough to keep the rest hidden. */
export function redact(secret: string): string {
  return secret.length >= 12 ? `••••${secret.slice(-4)}` : '••••';
}
