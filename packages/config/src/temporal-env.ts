import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { messageOf } from './config-error';

// The connection to Temporal from the environment, under the names of Temporal's own client
// environment configuration, so the `temporal` CLI reads the same variables: the same build runs
// against a dev server, an mTLS cluster or Temporal Cloud (API key).

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** The variables; spread into an app's env schema, then finish it with {@link temporalConnectionOf}. */
export const temporalEnvShape = {
  TEMPORAL_NAMESPACE: z.string().default('default'),
  /** Sent as `Authorization: Bearer`; turns TLS on unless TEMPORAL_TLS=false. */
  TEMPORAL_API_KEY: z.string().optional(),
  /** `true` for TLS with the system's CAs; implied by an API key, a CA or a client certificate. */
  TEMPORAL_TLS: flag.optional(),
  TEMPORAL_TLS_SERVER_CA_CERT_PATH: z.string().optional(),
  TEMPORAL_TLS_SERVER_CA_CERT_DATA: z.string().optional(),
  TEMPORAL_TLS_CLIENT_CERT_PATH: z.string().optional(),
  TEMPORAL_TLS_CLIENT_CERT_DATA: z.string().optional(),
  TEMPORAL_TLS_CLIENT_KEY_PATH: z.string().optional(),
  TEMPORAL_TLS_CLIENT_KEY_DATA: z.string().optional(),
  /** The name the server's certificate is checked against (SNI), when it is not the address's host. */
  TEMPORAL_TLS_SERVER_NAME: z.string().optional(),
};
export type TemporalEnv = z.output<z.ZodObject<typeof temporalEnvShape>>;

/** What `Connection.connect` and `NativeConnection.connect` take (structurally the SDK's TLSConfig). */
export interface TemporalConnectOptions {
  address: string;
  tls?: {
    serverNameOverride?: string;
    serverRootCACertificate?: Buffer;
    clientCertPair?: { crt: Buffer; key: Buffer };
  };
  apiKey?: string;
}

/** Where and how to reach Temporal, and in which namespace. */
export interface TemporalConnection {
  connect: TemporalConnectOptions;
  namespace: string;
}

type PemName = 'SERVER_CA_CERT' | 'CLIENT_CERT' | 'CLIENT_KEY';

// `_DATA` holds the PEM itself, `_PATH` a file with it; giving both is a mistake worth naming.
function readPem(env: TemporalEnv, name: PemName, ctx: z.RefinementCtx): Buffer | undefined {
  const data = env[`TEMPORAL_TLS_${name}_DATA`];
  const path = env[`TEMPORAL_TLS_${name}_PATH`];
  if (data !== undefined && path !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: [`TEMPORAL_TLS_${name}_PATH`],
      message: `set TEMPORAL_TLS_${name}_PATH or TEMPORAL_TLS_${name}_DATA, not both`,
    });
    return undefined;
  }
  if (data !== undefined) return Buffer.from(data);
  if (path === undefined) return undefined;
  try {
    return readFileSync(path);
  } catch (error) {
    ctx.addIssue({ code: 'custom', path: [`TEMPORAL_TLS_${name}_PATH`], message: messageOf(error) });
    return undefined;
  }
}

/**
 * The connection described by the variables (a `.transform` step of an env schema): TLS when
 * TEMPORAL_TLS says so or when an API key, a CA or a client certificate is given.
 */
export function temporalConnectionOf(address: string, env: TemporalEnv, ctx: z.RefinementCtx): TemporalConnection {
  const ca = readPem(env, 'SERVER_CA_CERT', ctx);
  const crt = readPem(env, 'CLIENT_CERT', ctx);
  const key = readPem(env, 'CLIENT_KEY', ctx);
  if ((crt === undefined) !== (key === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [crt === undefined ? 'TEMPORAL_TLS_CLIENT_CERT_PATH' : 'TEMPORAL_TLS_CLIENT_KEY_PATH'],
      message: 'a client certificate needs its key and a key its certificate (mTLS)',
    });
  }
  const apiKey = env.TEMPORAL_API_KEY;
  const implied = apiKey !== undefined || ca !== undefined || crt !== undefined;
  const connect: TemporalConnectOptions = { address, ...(apiKey === undefined ? {} : { apiKey }) };
  if (env.TEMPORAL_TLS ?? implied) {
    connect.tls = {
      ...(env.TEMPORAL_TLS_SERVER_NAME === undefined ? {} : { serverNameOverride: env.TEMPORAL_TLS_SERVER_NAME }),
      ...(ca === undefined ? {} : { serverRootCACertificate: ca }),
      ...(crt === undefined || key === undefined ? {} : { clientCertPair: { crt, key } }),
    };
  }
  return { connect, namespace: env.TEMPORAL_NAMESPACE };
}
