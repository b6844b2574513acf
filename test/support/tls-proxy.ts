// A TLS-terminating proxy in front of a plain TCP port, as a load balancer in front of Temporal:
// `temporal server start-dev` serves no TLS, so the tests put this before it. It requires a client
// certificate signed by `clientCa` (mTLS) and offers ALPN `h2`, which gRPC clients insist on.
import { connect, type Socket } from 'node:net';
import { createServer, type TLSSocket } from 'node:tls';

export interface TlsProxy {
  /** `127.0.0.1:<port>` */
  address: string;
  /** TLS handshakes the proxy refused (no or a wrong client certificate, a client that gave up). */
  refusedHandshakes: number;
  close(): Promise<void>;
}

export interface TlsProxyOptions {
  /** `host:port` to pipe decrypted traffic to. */
  target: string;
  cert: string;
  key: string;
  /** PEM of the CA client certificates must be signed by. */
  clientCa: string;
}

export async function startTlsProxy(options: TlsProxyOptions): Promise<TlsProxy> {
  const [host = '127.0.0.1', port = ''] = options.target.split(/:(?=\d+$)/);
  const sockets = new Set<Socket>();
  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const server = createServer(
    {
      cert: options.cert,
      key: options.key,
      ca: options.clientCa,
      requestCert: true,
      rejectUnauthorized: true,
      ALPNProtocols: ['h2'],
    },
    (client: TLSSocket) => {
      const upstream = connect(Number(port), host);
      track(client);
      track(upstream);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    },
  );
  const proxy: TlsProxy = {
    address: '',
    refusedHandshakes: 0,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  server.on('tlsClientError', () => {
    proxy.refusedHandshakes += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const bound = server.address();
  if (bound === null || typeof bound === 'string') throw new Error('The TLS proxy has no TCP address.');
  proxy.address = `127.0.0.1:${bound.port}`;
  return proxy;
}
