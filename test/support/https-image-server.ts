// A picture on an https address, as a marketer's Flex bubble or mail would show one: a local TLS
// server (certificate from a test CA, see certificates.ts) that serves one PNG and counts requests.
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createCertificateAuthority } from './certificates';

// A 1×1 orange PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);

export interface HttpsImageServer {
  /** The picture's https address. */
  url: string;
  /** How many times the picture was fetched. */
  fetched(): number;
  close(): Promise<void>;
}

/** Serves the picture at `https://127.0.0.1:<port>/picture.png` (the browser must ignore the test CA). */
export async function startHttpsImageServer(): Promise<HttpsImageServer> {
  const ca = await createCertificateAuthority('Preview image CA');
  const { cert, key } = await ca.issue({ commonName: '127.0.0.1', role: 'server' });
  let count = 0;
  const server = createServer({ cert, key }, (request, response) => {
    if (request.url !== '/picture.png') {
      response.writeHead(404).end();
      return;
    }
    count += 1;
    response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(PNG);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}/picture.png`,
    fetched: () => count,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
