import { loadSecretKey, secretKeyVariable, unsubscribeLinkKey } from '@wayfarer/channels';

/** The unsubscribe link key derived from WAYFARER_SECRET_KEY; undefined when the variable is unset. */
export function linkKeyFromEnv(env: Record<string, string | undefined> = process.env): Buffer | undefined {
  return env[secretKeyVariable] ? unsubscribeLinkKey(loadSecretKey(env)) : undefined;
}
