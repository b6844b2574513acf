import { channelSpec, type ChannelConfig } from '../channel-registry';
import { outboundAllowVariable, type OutboundPolicy } from './address-policy';
import { checkHost } from './host-check';

/** A channel field the outbound policy refuses: `path` names it (`url`, `baseUrl`, `host`). */
export interface EndpointIssue {
  path: string[];
  message: string;
}

/** The field of each channel that says where it connects, and the host it names. */
function endpointOf(config: ChannelConfig): { field: string; host: string } | undefined {
  return channelSpec(config.channel).endpoint(config);
}

const rangeWords: Record<string, string> = {
  loopback: 'a loopback',
  private: 'a private',
  linkLocal: 'a link-local (cloud metadata)',
  uniqueLocal: 'a private (unique local)',
  carrierGradeNat: 'a carrier-grade NAT',
  multicast: 'a multicast',
  unspecified: 'an unspecified',
  broadcast: 'a broadcast',
};

/**
 * Checks, when a channel is saved, that its endpoint is a public address (a URL's host as the URL
 * parser reads it, so `http://2130706433/` is 127.0.0.1). A name that does not resolve now passes:
 * every connection checks again (see http-dispatcher.ts, smtp-socket.ts).
 */
export async function checkChannelEndpoint(config: ChannelConfig, policy: OutboundPolicy): Promise<EndpointIssue[]> {
  const endpoint = endpointOf(config);
  if (!endpoint) return [];
  const verdict = await checkHost(policy, endpoint.host);
  if (verdict.ok) return [];
  const kind = rangeWords[verdict.range] ?? 'a reserved';
  return [
    {
      path: [endpoint.field],
      message: `${endpoint.field} must be a public address: this host is ${kind} address, which channels may not call (an operator may allow it in ${outboundAllowVariable}).`,
    },
  ];
}
