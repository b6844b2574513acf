import { loadSecretKey, secretKeyVariable, trackingLinkKey } from '@wayfarer/channels';

/** The tracking link key derived from WAYFARER_SECRET_KEY; undefined when the variable is unset. */
export function trackingKeyFromEnv(env: Record<string, string | undefined> = process.env): Buffer | undefined {
  return env[secretKeyVariable] ? trackingLinkKey(loadSecretKey(env)) : undefined;
}
