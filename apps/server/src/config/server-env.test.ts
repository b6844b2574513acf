import { describe, expect, it } from 'vitest';
import { embeddedEnvSchema, productionEnvSchema, readEnv } from './server-env';

describe('readEnv', () => {
  it('fills the defaults of production', () => {
    const env = readEnv(productionEnvSchema, { DATABASE_URL: 'postgres://x/y' });
    expect(env).toMatchObject({
      TEMPORAL_ADDRESS: 'localhost:7233',
      TEMPORAL_NAMESPACE: 'default',
      PORT: 3000,
      HOST: '0.0.0.0',
    });
  });

  it('requires DATABASE_URL in production, counting an empty one as unset', () => {
    expect(() => readEnv(productionEnvSchema, { DATABASE_URL: ' ' })).toThrow(/DATABASE_URL is required/);
  });

  it('leaves Postgres and Temporal to the embedded start unless given', () => {
    const env = readEnv(embeddedEnvSchema, { PORT: '4000', TEMPORAL_ADDRESS: '' });
    expect(env.PORT).toBe(4000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.TEMPORAL_ADDRESS).toBeUndefined();
  });

  it('refuses a port that is not one', () => {
    expect(() => readEnv(embeddedEnvSchema, { PORT: 'http' })).toThrow(/PORT/);
  });
});
