import { describe, expect, it } from 'vitest';
import { devErrorsEnabled } from './dev-errors';

describe('devErrorsEnabled', () => {
  it('is off unless WAYFARER_DEV_ERRORS names it, whatever NODE_ENV says', () => {
    expect(devErrorsEnabled({})).toBe(false);
    expect(devErrorsEnabled({ NODE_ENV: 'development' })).toBe(false);
    expect(devErrorsEnabled({ NODE_ENV: 'test' })).toBe(false);
    expect(devErrorsEnabled({ WAYFARER_DEV_ERRORS: '0' })).toBe(false);
    expect(devErrorsEnabled({ WAYFARER_DEV_ERRORS: 'yes please' })).toBe(false);
    expect(devErrorsEnabled({ WAYFARER_DEV_ERRORS: '1' })).toBe(true);
    expect(devErrorsEnabled({ WAYFARER_DEV_ERRORS: ' TRUE ' })).toBe(true);
  });
});
