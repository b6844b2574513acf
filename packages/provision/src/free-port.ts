import { createServer } from 'node:net';

/**
 * A TCP port nobody listens on right now, chosen by the OS. Another process could take it before
 * the caller binds it; the caller's start then fails loudly, it never shares a port.
 */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
