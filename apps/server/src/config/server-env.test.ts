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

  it("sizes the server's Postgres pool from DB_POOL_SIZE, 20 unless given", () => {
    expect(readEnv(productionEnvSchema, { DATABASE_URL: 'postgres://x/y' }).DB_POOL_SIZE).toBe(20);
    expect(readEnv(productionEnvSchema, { DATABASE_URL: 'postgres://x/y', DB_POOL_SIZE: '32' }).DB_POOL_SIZE).toBe(32);
    expect(() => readEnv(productionEnvSchema, { DATABASE_URL: 'postgres://x/y', DB_POOL_SIZE: '0' })).toThrow(
      /DB_POOL_SIZE/,
    );
  });

  it('reads TRUST_PROXY as a switch, a hop count or a list of addresses', () => {
    const trust = (TRUST_PROXY: string) => readEnv(embeddedEnvSchema, { TRUST_PROXY }).TRUST_PROXY;
    expect(trust('true')).toBe(true);
    expect(trust('2')).toBe(2);
    expect(trust('10.0.0.0/8,127.0.0.1')).toBe('10.0.0.0/8,127.0.0.1');
    expect(readEnv(embeddedEnvSchema, {}).TRUST_PROXY).toBeUndefined();
  });

  it('refuses a port that is not one', () => {
    expect(() => readEnv(embeddedEnvSchema, { PORT: 'http' })).toThrow(/PORT/);
  });
});
