import {
  createSecretBox,
  loadSecretKey,
  outboundPolicyFromEnv,
  secretKeyVariable,
  trackingLinkKey,
  unsubscribeLinkKey,
} from '@wayfarer/channels';
import { createDb } from '@wayfarer/db';
import { createSendServices, type DeliveryDeps, type SendServices } from '@wayfarer/delivery';

/** Wayfarer's public address: WAYFARER_PUBLIC_URL, else the server on this machine. */
export function publicUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env.WAYFARER_PUBLIC_URL ?? `http://localhost:${env.PORT ?? '3000'}`;
}

/**
 * Send services configured from the environment, with a connection pool of their own: a delivery
 * records its attempt while the step's transaction holds a connection of the main pool, and taking
 * both from one pool could deadlock under load. Channel credentials are opened with
 * WAYFARER_SECRET_KEY; unsubscribe and tracking links point at WAYFARER_PUBLIC_URL (default
 * http://localhost:$PORT); channels call only what WAYFARER_OUTBOUND_ALLOW's policy lets through.
 * Without a key only the outbox works, and this says so once.
 */
export function sendServicesFromEnv(
  /** The Postgres server to open the delivery pool on. */
  databaseUrl: string,
  env: Record<string, string | undefined> = process.env,
  extras: Pick<DeliveryDeps, 'observe' | 'pace'> = {},
): { send: SendServices; close(): Promise<void> } | undefined {
  if (!env[secretKeyVariable]) {
    console.warn(`${secretKeyVariable} is not set: LINE, email, SMS and webhook sends will fail; the outbox works.`);
    return undefined;
  }
  const key = loadSecretKey(env);
  const db = createDb({ url: databaseUrl });
  const linkKey = unsubscribeLinkKey(key);
  const baseUrl = publicUrlFromEnv(env);
  return {
    send: createSendServices({
      db,
      box: createSecretBox(key),
      policy: outboundPolicyFromEnv(env),
      unsubscribe: { baseUrl, key: linkKey },
      tracking: { baseUrl, key: trackingLinkKey(key) },
      ...extras,
    }),
    close: () => db.destroy(),
  };
}
