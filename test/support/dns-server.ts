// A DNS server on 127.0.0.1 and a free UDP port, authoritative for the names a test gives it, and
// a resolver of node:dns pointed at it: the outbound policy's checks then see real DNS answers,
// which the test may change between two lookups (DNS rebinding).
import { createSocket, type RemoteInfo } from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import { isIPv4, isIPv6 } from 'node:net';
import dnsPacket from 'dns-packet';

export interface TestDnsServer {
  /** Sets the addresses `name` answers with (IPv4 as A records, IPv6 as AAAA), TTL 0. */
  answer(name: string, addresses: string[]): void;
  /** Resolves a name through this server (A and AAAA), as a HostResolver. */
  resolve(host: string): Promise<string[]>;
  /** How many questions for `name` the server has answered. */
  queries(name: string): number;
  close(): Promise<void>;
}

export async function startDnsServer(): Promise<TestDnsServer> {
  const records = new Map<string, string[]>();
  const asked = new Map<string, number>();
  const socket = createSocket('udp4');
  socket.on('message', (message: Buffer, peer: RemoteInfo) => {
    const query = dnsPacket.decode(message);
    const question = query.questions?.[0];
    if (!question) return;
    const name = question.name.toLowerCase();
    asked.set(name, (asked.get(name) ?? 0) + 1);
    const known = records.get(name);
    const matching = (known ?? []).filter((address) =>
      question.type === 'A' ? isIPv4(address) : question.type === 'AAAA' && isIPv6(address),
    );
    const reply = dnsPacket.encode({
      id: query.id,
      type: 'response',
      flags: dnsPacket.AUTHORITATIVE_ANSWER | (known ? 0 : 3), // rcode 3: NXDOMAIN
      questions: [question],
      answers: matching.map((data) => ({ type: question.type as 'A' | 'AAAA', name: question.name, ttl: 0, data })),
    });
    socket.send(reply, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const resolver = new Resolver({ timeout: 1000, tries: 1 });
  resolver.setServers([`127.0.0.1:${socket.address().port}`]);
  const family = (query: Promise<string[]>) =>
    query.catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENODATA') return [];
      throw error;
    });
  return {
    answer: (name, addresses) => void records.set(name.toLowerCase(), addresses),
    resolve: async (host) => {
      const [v4, v6] = await Promise.all([family(resolver.resolve4(host)), family(resolver.resolve6(host))]);
      return [...v4, ...v6];
    },
    queries: (name) => asked.get(name.toLowerCase()) ?? 0,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
