// Certificates made at test time with @peculiar/x509 (WebCrypto): a CA, and leaf certificates it
// signs for a TLS server (localhost / 127.0.0.1) or for a client (mTLS).
// tsyringe, under @peculiar/x509, needs the Reflect metadata polyfill loaded first.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as Crypto);

const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY_MS = 86_400_000;

export interface CertificateAuthority {
  /** PEM of the CA certificate: what a peer trusts. */
  cert: string;
  issue(options: { commonName: string; role: 'server' | 'client' }): Promise<{ cert: string; key: string }>;
}

async function keyPem(key: CryptoKey): Promise<string> {
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', key);
  return x509.PemConverter.encode(pkcs8, 'PRIVATE KEY');
}

function serial(): string {
  return Buffer.from(webcrypto.getRandomValues(new Uint8Array(8))).toString('hex');
}

/** A fresh self-signed CA, valid for a day. */
export async function createCertificateAuthority(commonName: string): Promise<CertificateAuthority> {
  const keys = await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const now = Date.now();
  const caCert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=${commonName}`,
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + DAY_MS),
    keys,
    signingAlgorithm: algorithm,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    ],
  });
  return {
    cert: caCert.toString('pem'),
    issue: async ({ commonName: leafName, role }) => {
      const leafKeys = await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
      const usage = role === 'server' ? x509.ExtendedKeyUsage.serverAuth : x509.ExtendedKeyUsage.clientAuth;
      const cert = await x509.X509CertificateGenerator.create({
        serialNumber: serial(),
        subject: `CN=${leafName}`,
        issuer: caCert.subject,
        notBefore: new Date(now - DAY_MS),
        notAfter: new Date(now + DAY_MS),
        publicKey: leafKeys.publicKey,
        signingKey: keys.privateKey,
        signingAlgorithm: algorithm,
        extensions: [
          new x509.BasicConstraintsExtension(false, undefined, true),
          new x509.ExtendedKeyUsageExtension([usage]),
          ...(role === 'server'
            ? [
                new x509.SubjectAlternativeNameExtension([
                  { type: 'dns', value: 'localhost' },
                  { type: 'ip', value: '127.0.0.1' },
                ]),
              ]
            : []),
        ],
      });
      return { cert: cert.toString('pem'), key: await keyPem(leafKeys.privateKey) };
    },
  };
}
