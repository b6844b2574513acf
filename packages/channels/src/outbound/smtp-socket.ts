import { connect, isIP, type Socket } from 'node:net';
import type { OutboundPolicy } from './address-policy';
import { bareHost, guardedLookup, OutboundAddressRefused } from './host-check';

/** What nodemailer's `getSocket` hook is given: the transport's options. */
interface SocketRequest {
  host?: string | undefined;
  port?: number | string | undefined;
  connectionTimeout?: number | undefined;
}

type SocketCallback = (error: Error | null, socketOptions?: { connection: Socket }) => void;

/**
 * nodemailer's `getSocket` hook: opens the TCP connection itself, so the policy sees the address
 * the socket connects to (nodemailer would otherwise resolve the name on its own and connect to
 * the result). nodemailer then speaks SMTP on it, and for implicit TLS upgrades it first, checking
 * the certificate against the configured host name.
 */
export function guardedSmtpSocket(policy: OutboundPolicy) {
  const lookup = guardedLookup(policy);
  return (request: SocketRequest, callback: SocketCallback): void => {
    const host = bareHost(request.host ?? 'localhost');
    const literal = isIP(host) === 0 ? undefined : policy.check(host);
    if (literal && !literal.allowed) return callback(new OutboundAddressRefused(literal.range));
    const socket = connect({ host, port: Number(request.port ?? 25), lookup });
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.removeListener('error', finish);
      if (error) return callback(error);
      callback(null, { connection: socket });
    };
    const timer = setTimeout(() => {
      const error: NodeJS.ErrnoException = new Error('Connection timeout');
      error.code = 'ETIMEDOUT';
      socket.destroy();
      finish(error);
    }, request.connectionTimeout ?? 120_000);
    socket.once('error', finish);
    socket.once('connect', () => finish(null));
  };
}
