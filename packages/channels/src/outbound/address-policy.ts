import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

// Which addresses a channel may call. A workspace admin types the webhook URL, the LINE / SMS base
// URLs and the SMTP host, so without a policy they could point the worker at its own network
// (Postgres on 127.0.0.1:5432, the cloud metadata service on 169.254.169.254, a private admin
// API). Only globally routable unicast addresses pass, classified by ipaddr.js; anything else
// must be named by the operator in WAYFARER_OUTBOUND_ALLOW.

/** The environment variable listing addresses or CIDR ranges channels may call despite the policy. */
export const outboundAllowVariable = 'WAYFARER_OUTBOUND_ALLOW';

/** Resolves a host name to its IP addresses (every family). */
export type HostResolver = (host: string) => Promise<string[]>;

/** Why an address may not be called: ipaddr.js's range name (`loopback`, `private`, `linkLocal`, …). */
export type AddressVerdict = { allowed: true } | { allowed: false; range: string };

export interface OutboundPolicy {
  /** Whether a connection to this IP address may be opened. */
  check(address: string): AddressVerdict;
  /** The host's addresses, as the connection would see them. */
  resolve: HostResolver;
}

/** WAYFARER_OUTBOUND_ALLOW names something that is not an address or a CIDR range. */
export class OutboundPolicyError extends Error {
  readonly code = 'invalid_outbound_allowlist';
  constructor(entry: string) {
    super(
      `${outboundAllowVariable}: "${entry}" is neither an IP address nor a CIDR range (e.g. 127.0.0.1, 10.0.0.0/8).`,
    );
    this.name = 'OutboundPolicyError';
  }
}

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

function parseAllowEntry(entry: string): Range {
  try {
    if (entry.includes('/')) return ipaddr.parseCIDR(entry);
    const address = ipaddr.process(entry);
    return [address, address.kind() === 'ipv4' ? 32 : 128];
  } catch {
    throw new OutboundPolicyError(entry);
  }
}

/** getaddrinfo, as sockets resolve by default: /etc/hosts, then DNS. */
export const systemResolver: HostResolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * A policy that lets channels call public unicast addresses and the `allow` exceptions. IPv4-mapped
 * IPv6 addresses (`::ffff:127.0.0.1`) are judged as the IPv4 address they carry.
 */
export function createOutboundPolicy(
  options: { allow?: readonly string[]; resolve?: HostResolver } = {},
): OutboundPolicy {
  const allowed = (options.allow ?? []).map((entry) => parseAllowEntry(entry.trim()));
  return {
    resolve: options.resolve ?? systemResolver,
    check(text) {
      let address: ipaddr.IPv4 | ipaddr.IPv6;
      try {
        address = ipaddr.process(text.replace(/%.*$/, ''));
      } catch {
        return { allowed: false, range: 'invalid' };
      }
      if (allowed.some((range) => range[0].kind() === address.kind() && address.match(range))) return { allowed: true };
      const range = address.range();
      return range === 'unicast' ? { allowed: true } : { allowed: false, range };
    },
  };
}

/** The policy WAYFARER_OUTBOUND_ALLOW describes (a comma-separated list; empty: public addresses only). */
export function outboundPolicyFromEnv(env: Record<string, string | undefined> = process.env): OutboundPolicy {
  const listed = (env[outboundAllowVariable] ?? '').split(',').filter((entry) => entry.trim() !== '');
  return createOutboundPolicy({ allow: listed });
}

let fromProcessEnv: { allow: string; policy: OutboundPolicy } | undefined;

/** The policy of this process's WAYFARER_OUTBOUND_ALLOW, for adapters built without one. */
export function defaultOutboundPolicy(): OutboundPolicy {
  const allow = process.env[outboundAllowVariable] ?? '';
  if (fromProcessEnv?.allow !== allow) fromProcessEnv = { allow, policy: outboundPolicyFromEnv(process.env) };
  return fromProcessEnv.policy;
}
