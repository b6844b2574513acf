import type { LookupAddress, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import type { OutboundPolicy } from './address-policy';

/** A connection the outbound policy refused; the message never names the address. */
export class OutboundAddressRefused extends Error {
  readonly code = 'EOUTBOUNDREFUSED';
  constructor(readonly range: string) {
    super(`The outbound policy refuses ${range} addresses.`);
    this.name = 'OutboundAddressRefused';
  }
}

/** `[::1]` → `::1`: a URL's or a user's bracketed IPv6 literal. */
export function bareHost(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** What a host comes to under the policy: its addresses, or the first refused range. */
export type HostVerdict =
  | { ok: true; addresses: string[] }
  | { ok: false; range: string }
  /** The name did not resolve (nothing to connect to yet); connecting checks again. */
  | { ok: true; addresses: []; unresolved: true };

const notFound = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENODATA', 'ESERVFAIL', 'ETIMEOUT', 'ECONNREFUSED']);

/**
 * Resolves `host` (an IP literal in any notation or a name) and checks every address it has: one
 * refused address refuses the host, since a connection may use any of them.
 */
export async function checkHost(policy: OutboundPolicy, host: string): Promise<HostVerdict> {
  const bare = bareHost(host);
  const addresses = isIP(bare) ? [bare] : await policy.resolve(bare).catch((error: unknown) => unresolved(error));
  if (addresses === undefined) return { ok: true, addresses: [], unresolved: true };
  for (const address of addresses) {
    const verdict = policy.check(address);
    if (!verdict.allowed) return { ok: false, range: verdict.range };
  }
  return { ok: true, addresses };
}

function unresolved(error: unknown): undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && notFound.has(code)) return undefined;
  throw error;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for `net.connect` / `tls.connect` that resolves with the policy's resolver and refuses
 * the connection when any address is refused — checked at connect time, so a name that resolved
 * to a public address when it was saved and to 127.0.0.1 now (DNS rebinding) is still refused.
 */
export function guardedLookup(policy: OutboundPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    checkHost(policy, hostname).then(
      (verdict) => {
        if (!verdict.ok) return callback(new OutboundAddressRefused(verdict.range), []);
        const wanted = options.family === 4 || options.family === 6 ? options.family : undefined;
        const entries = verdict.addresses
          .map((address) => ({ address, family: isIP(address) }))
          .filter((entry) => wanted === undefined || entry.family === wanted);
        const [first] = entries;
        if (!first) {
          const error: NodeJS.ErrnoException = new Error(`${hostname} has no address`);
          error.code = 'ENOTFOUND';
          return callback(error, []);
        }
        if (options.all) return callback(null, entries);
        return callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, []),
    );
  };
}
