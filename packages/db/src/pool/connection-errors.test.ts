import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from './backoff';
import { isConnectionLoss } from './connection-errors';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isConnectionLoss', () => {
  it('knows a lost, refused or terminated connection', () => {
    expect(isConnectionLoss(withCode('57P01', 'terminating connection due to administrator command'))).toBe(true);
    expect(isConnectionLoss(withCode('57P03', 'the database system is starting up'))).toBe(true);
    expect(isConnectionLoss(withCode('08006'))).toBe(true);
    expect(isConnectionLoss(withCode('ECONNREFUSED'))).toBe(true);
    expect(isConnectionLoss(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionLoss(new Error('outer', { cause: withCode('ECONNRESET') }))).toBe(true);
    expect(isConnectionLoss(new AggregateError([withCode('ECONNREFUSED')]))).toBe(true);
  });

  it('leaves a statement Postgres refused, and anything else, alone', () => {
    expect(isConnectionLoss(withCode('23505', 'duplicate key value'))).toBe(false);
    expect(isConnectionLoss(withCode('22012', 'division by zero'))).toBe(false);
    expect(isConnectionLoss(withCode('57014', 'canceling statement due to statement timeout'))).toBe(false);
    expect(isConnectionLoss(new Error('boom'))).toBe(false);
    expect(isConnectionLoss('Connection terminated')).toBe(false);
    expect(isConnectionLoss(null)).toBe(false);
  });
});

describe('backoffDelayMs', () => {
  it('doubles from about 50 ms and stops at 2 s, with jitter in the upper half', () => {
    expect([0, 1, 2, 3].map((attempt) => backoffDelayMs(attempt, () => 1))).toEqual([50, 100, 200, 400]);
    expect(backoffDelayMs(20, () => 1)).toBe(2_000);
    expect(backoffDelayMs(0, () => 0)).toBe(25);
  });
});
