import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a local provider stand-in received. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body as received (images and other binary bodies). */
  bytes: Buffer;
}

/** How the stand-in answers: a status with headers and a JSON (or text) body, or never. */
export type Reply = { status: number; headers?: Record<string, string>; body?: unknown } | 'hang';

export interface HttpSink {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  requests: RecordedRequest[];
  /** Resolves when the next request arrives (already arrived ones count). */
  received(count: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * A local HTTP server on 127.0.0.1 and a free port, recording every request and answering with
 * `reply` — the network edge the real SDKs talk to in these tests.
 */
export async function startHttpSink(
  reply: (request: RecordedRequest, index: number) => Reply | Promise<Reply>,
): Promise<HttpSink> {
  const requests: RecordedRequest[] = [];
  const waiters: { count: number; resolve: (request: RecordedRequest) => void }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        bytes: Buffer.concat(chunks),
      };
      requests.push(request);
      for (const waiter of waiters.filter((w) => w.count === requests.length)) waiter.resolve(request);
      void Promise.resolve(reply(request, requests.length - 1)).then((answer) => {
        if (answer === 'hang') return;
        const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {});
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(text);
      });
    });
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    received: (count) =>
      new Promise((resolve) => {
        const arrived = requests[count - 1];
        if (arrived) resolve(arrived);
        else waiters.push({ count, resolve });
      }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A port nothing listens on (bound, then released), for connection-refused cases. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
