import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readEnv } from './read-env';
import { temporalConnectionOf, temporalEnvShape } from './temporal-env';

const schema = z
  .object({ ...temporalEnvShape, TEMPORAL_ADDRESS: z.string().default('localhost:7233') })
  .transform((env, ctx) => temporalConnectionOf(env.TEMPORAL_ADDRESS, env, ctx));

const pemFile = (text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'temporal-env-')), 'file.pem');
  writeFileSync(path, text);
  return path;
};

describe('temporalConnectionOf', () => {
  it('connects in plain text to localhost in the default namespace when nothing is set', () => {
    expect(readEnv(schema, {})).toEqual({ connect: { address: 'localhost:7233' }, namespace: 'default' });
  });

  it('turns TLS on with the system CAs for an API key (Temporal Cloud)', () => {
    const env = { TEMPORAL_ADDRESS: 'eu.tmprl.cloud:7233', TEMPORAL_NAMESPACE: 'ns.acct', TEMPORAL_API_KEY: 'k' };
    expect(readEnv(schema, env)).toEqual({
      connect: { address: 'eu.tmprl.cloud:7233', apiKey: 'k', tls: {} },
      namespace: 'ns.acct',
    });
  });

  it('reads the CA, client certificate and key from files or from the variables themselves', () => {
    const connection = readEnv(schema, {
      TEMPORAL_TLS_SERVER_CA_CERT_PATH: pemFile('CA'),
      TEMPORAL_TLS_CLIENT_CERT_DATA: 'CRT',
      TEMPORAL_TLS_CLIENT_KEY_PATH: pemFile('KEY'),
      TEMPORAL_TLS_SERVER_NAME: 'temporal.internal',
    });
    expect(connection.connect.tls).toEqual({
      serverNameOverride: 'temporal.internal',
      serverRootCACertificate: Buffer.from('CA'),
      clientCertPair: { crt: Buffer.from('CRT'), key: Buffer.from('KEY') },
    });
  });

  it('keeps TLS off when TEMPORAL_TLS=false says so, even with an API key', () => {
    expect(readEnv(schema, { TEMPORAL_API_KEY: 'k', TEMPORAL_TLS: 'false' }).connect.tls).toBeUndefined();
  });

  it('names the variable at fault: a certificate without its key, a missing file, a PEM given twice', () => {
    expect(() => readEnv(schema, { TEMPORAL_TLS_CLIENT_CERT_DATA: 'CRT' })).toThrow(/TEMPORAL_TLS_CLIENT_KEY_PATH/);
    expect(() => readEnv(schema, { TEMPORAL_TLS_SERVER_CA_CERT_PATH: '/nowhere/ca.pem' })).toThrow(
      /TEMPORAL_TLS_SERVER_CA_CERT_PATH: .*ENOENT/,
    );
    expect(() =>
      readEnv(schema, { TEMPORAL_TLS_SERVER_CA_CERT_DATA: 'CA', TEMPORAL_TLS_SERVER_CA_CERT_PATH: pemFile('CA') }),
    ).toThrow(/not both/);
    expect(() => readEnv(schema, { TEMPORAL_TLS: 'yes' })).toThrow(/TEMPORAL_TLS/);
  });
});
