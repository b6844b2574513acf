import { describe, expect, it } from 'vitest';
import { LatestValue } from './latest-value';

describe('LatestValue', () => {
  it('hands a waiting consumer the pushed value', async () => {
    const box = new LatestValue<number>();
    const taken = box.take(new AbortController().signal);
    box.push(1);
    expect(await taken).toEqual({ value: 1 });
  });

  it('keeps only the newest value not yet taken', async () => {
    const box = new LatestValue<number>();
    box.push(1);
    box.push(2);
    expect(await box.take(new AbortController().signal)).toEqual({ value: 2 });
  });

  it('releases a waiting consumer with null when aborted', async () => {
    const box = new LatestValue<number>();
    const controller = new AbortController();
    const taken = box.take(controller.signal);
    controller.abort();
    expect(await taken).toBeNull();
    box.push(3);
    expect(await box.take(new AbortController().signal)).toEqual({ value: 3 });
  });
});
