// Capabilities for talking to other systems: HTTP, the workspace's secrets, a cache. Node packages
// build their own clients on these (see docs/writing-a-node-type.md).
import { defineService } from './service-key';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method?: HttpMethod;
  url: string;
  headers?: Record<string, string>;
  /** Sent as JSON (with its content type); or `body` as it is. */
  json?: unknown;
  body?: string;
  /** Default 10 s; a request that takes longer fails (and the step is retried). */
  timeoutMs?: number;
  /**
   * The `Idempotency-Key` header. Defaults to the step visit's key for every method but GET and
   * HEAD, so a retried step repeats the same request and a remote that dedupes applies it once.
   * `null` sends none.
   */
  idempotencyKey?: string | null;
}

export interface HttpResponse {
  status: number;
  headers: Readonly<Record<string, string>>;
  text: string;
  /** The body parsed as JSON; throws when it is not JSON. */
  json(): unknown;
}

export interface HttpService {
  /** Answers every status; throws only when no answer came (network, timeout, refused address). */
  request(request: HttpRequest): Promise<HttpResponse>;
}

/** Outgoing HTTP, held to the deployment's outbound address policy. Only outside the transaction. */
export const httpService = defineService<HttpService>()({
  name: 'http',
  description: 'HTTP requests to other systems (outside the step’s transaction)',
  phase: 'call',
});

export interface SecretsService {
  /** The workspace's secret called `name` (e.g. `acme.crm.token`), opened; undefined when unset. */
  get(name: string): Promise<string | undefined>;
  /** As `get`, but a missing secret fails the step for good (`secret_missing`). */
  require(name: string): Promise<string>;
}

/** Secrets an admin stored for the workspace, sealed at rest. */
export const secretsService = defineService<SecretsService>()({
  name: 'secrets',
  description: 'the workspace’s secrets from the sealed credential store',
  phase: 'any',
});

export interface CacheService {
  get<TValue>(key: string): TValue | undefined;
  set(key: string, value: unknown, ttlMs: number): void;
  /** The cached value, or `load()`'s, kept for `ttlMs`; concurrent loads of one key share one call. */
  getOrLoad<TValue>(key: string, ttlMs: number, load: () => Promise<TValue>): Promise<TValue>;
}

/** A per-process cache, scoped to the workspace (one workspace never sees another's entries). */
export const cacheService = defineService<CacheService>()({
  name: 'cache',
  description: 'a short-lived cache scoped to the workspace',
  phase: 'any',
});
