import { z } from 'zod';

// Fields every channel config shares. Base URLs are configurable so tests (and regional or
// self-hosted gateways) can point the real SDKs elsewhere.

export const timeoutMs = z.number().int().min(100).max(120_000).default(10_000);
export const httpUrl = z.url({ protocol: /^https?$/ });
