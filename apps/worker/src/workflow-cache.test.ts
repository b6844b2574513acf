import { describe, expect, it } from 'vitest';
import {
  CACHED_WORKFLOW_BYTES,
  defaultMaxCachedWorkflows,
  MAX_CACHED_WORKFLOWS,
  MIN_CACHED_WORKFLOWS,
  processMemoryBytes,
  WORKFLOW_CACHE_SHARE,
} from './workflow-cache';

const GiB = 1024 ** 3;

describe('defaultMaxCachedWorkflows', () => {
  it('caps each Worker at 500 on a machine with memory to spare', () => {
    expect(defaultMaxCachedWorkflows(24 * GiB, 2)).toBe(MAX_CACHED_WORKFLOWS);
  });

  it('gives each Worker its share of a small container', () => {
    const perWorker = defaultMaxCachedWorkflows(1 * GiB, 2);
    expect(perWorker).toBe(Math.floor((GiB * WORKFLOW_CACHE_SHARE) / 2 / CACHED_WORKFLOW_BYTES));
    expect(perWorker).toBeLessThan(MAX_CACHED_WORKFLOWS);
    // Two Workers together stay within the share of memory set aside for caches.
    expect(2 * perWorker * CACHED_WORKFLOW_BYTES).toBeLessThanOrEqual(GiB * WORKFLOW_CACHE_SHARE);
  });

  it('splits the same memory across more Workers', () => {
    expect(defaultMaxCachedWorkflows(1 * GiB, 1)).toBeGreaterThan(defaultMaxCachedWorkflows(1 * GiB, 2));
  });

  it('keeps at least 50 however little memory there is', () => {
    expect(defaultMaxCachedWorkflows(64 * 1024 ** 2, 2)).toBe(MIN_CACHED_WORKFLOWS);
  });
});

describe('processMemoryBytes', () => {
  it('is a positive amount no larger than the machine has', async () => {
    const { totalmem } = await import('node:os');
    expect(processMemoryBytes()).toBeGreaterThan(0);
    expect(processMemoryBytes()).toBeLessThanOrEqual(totalmem());
  });
});
