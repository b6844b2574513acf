import { AsyncLocalStorage } from 'node:async_hooks';
import { isIP } from 'node:net';
import { Agent, buildConnector, Dispatcher, getGlobalDispatcher, setGlobalDispatcher } from 'undici';
import type { OutboundPolicy } from './address-policy';
import { bareHost, guardedLookup, OutboundAddressRefused } from './host-check';

// HTTP calls of the channels go through an undici Agent whose connector applies the outbound
// policy when the socket is opened: IP literals are checked as they are, names through a lookup
// that checks what they resolve to at that moment (see host-check.ts). The LINE SDK calls the
// global fetch and takes no agent, so the policy is carried by an AsyncLocalStorage scope that a
// process-wide dispatcher reads; fetches outside a scope go where they went before.

const agents = new WeakMap<OutboundPolicy, Agent>();

/** The connection pool of one policy, shared by every adapter that uses it. */
export function outboundAgent(policy: OutboundPolicy): Agent {
  const existing = agents.get(policy);
  if (existing) return existing;
  const connect = buildConnector({ lookup: guardedLookup(policy) });
  const agent = new Agent({
    connect: (options, callback) => {
      const host = bareHost(options.hostname);
      const verdict = isIP(host) === 0 ? undefined : policy.check(host);
      if (verdict && !verdict.allowed) return callback(new OutboundAddressRefused(verdict.range), null);
      return connect(options, callback);
    },
  });
  agents.set(policy, agent);
  return agent;
}

const scope = new AsyncLocalStorage<Agent>();

/** The process's global dispatcher, answering from the caller's policy scope when it has one. */
class ScopedDispatcher extends Dispatcher {
  constructor(readonly fallback: Dispatcher) {
    super();
  }
  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): boolean {
    return (scope.getStore() ?? this.fallback).dispatch(options, handler);
  }
  override close(): Promise<void> {
    return this.fallback.close();
  }
  override destroy(): Promise<void> {
    return this.fallback.destroy();
  }
}

function installScopedDispatcher(): void {
  const current = getGlobalDispatcher();
  if (!(current instanceof ScopedDispatcher)) setGlobalDispatcher(new ScopedDispatcher(current));
}

/** Runs `work` with every `fetch` it makes (redirects included) held to `policy`. */
export function withOutboundPolicy<T>(policy: OutboundPolicy, work: () => Promise<T>): Promise<T> {
  installScopedDispatcher();
  return scope.run(outboundAgent(policy), work);
}
