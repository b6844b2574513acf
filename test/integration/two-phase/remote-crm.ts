// A CRM's API on 127.0.0.1 that deduplicates writes on their Idempotency-Key, as the real ones
// (Stripe-style) do, and records every call so a test sees what the remote side saw.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CrmCall {
  idempotencyKey: string | undefined;
  authorization: string | undefined;
  path: string;
}

/** What the CRM does with the first call once it has applied it. */
export type FirstAnswer = 'never' | 'when-released';

export interface RemoteCrm {
  url: string;
  calls: CrmCall[];
  /** Contacts created, by the idempotency key that created them: one per key, however often called. */
  applied: Map<string, string>;
  /** Resolves once `count` calls have arrived. */
  received(count: number): Promise<void>;
  /** Lets a held first answer go. */
  release(): void;
  close(): Promise<void>;
}

export async function startRemoteCrm(first: FirstAnswer): Promise<RemoteCrm> {
  const calls: CrmCall[] = [];
  const applied = new Map<string, string>();
  const waiters: { count: number; resolve: () => void }[] = [];
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const key = req.headers['idempotency-key'];
      const idempotencyKey = Array.isArray(key) ? key[0] : key;
      calls.push({ idempotencyKey, authorization: req.headers.authorization, path: req.url ?? '' });
      for (const waiter of waiters.filter((candidate) => candidate.count <= calls.length)) waiter.resolve();
      const dedupeKey = idempotencyKey ?? `no-key-${calls.length}`;
      if (!applied.has(dedupeKey)) applied.set(dedupeKey, `contact-${applied.size + 1}`);
      const answer = () =>
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ contactId: applied.get(dedupeKey) }));
      if (calls.length > 1) return answer();
      if (first === 'when-released') void released.then(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    applied,
    received: (count) =>
      calls.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    release: () => release(),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
