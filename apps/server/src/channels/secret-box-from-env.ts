import { createSecretBox, loadSecretKey, secretKeyVariable, type SecretBox } from '@wayfarer/channels';

/** The box channel credentials are sealed with; undefined when WAYFARER_SECRET_KEY is unset. */
export function secretBoxFromEnv(env: Record<string, string | undefined> = process.env): SecretBox | undefined {
  return env[secretKeyVariable] ? createSecretBox(loadSecretKey(env)) : undefined;
}
