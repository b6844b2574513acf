/**
 * When a service may be used. A step with an external call runs in two phases: `call` outside any
 * database transaction (network I/O goes here), then `commit` inside the step's transaction, which
 * stores the node's writes with its receipt. `any` services work in both.
 */
export type ServicePhase = 'call' | 'commit' | 'any';

/**
 * A capability a node runtime may need (tags, loyalty, an HTTP client, a CRM client of your own),
 * named once: runtimes list the keys they need, hosts (the worker, a test run, a test) provide
 * each key from their service registry. `TService` is the interface a runtime sees.
 */
export interface ServiceKey<
  TName extends string = string,
  TService = unknown,
  TPhase extends ServicePhase = ServicePhase,
> {
  /** The property on `context.services`; unique in a deployment (prefix your own: `acmeCrm`). */
  readonly name: TName;
  /** What it does, for error messages and `wayfarer nodes`. */
  readonly description: string;
  readonly phase: TPhase;
  /** Type only: never set. Carries the service interface for `ServicesOf`. */
  readonly service?: TService;
}

/** Any service key, whatever its types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance escape hatch for heterogeneous lists
export type AnyServiceKey = ServiceKey<string, any, ServicePhase>;

/** A key usable in the commit phase (inside the step's transaction). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance escape hatch for heterogeneous lists
export type CommitServiceKey = ServiceKey<string, any, 'commit' | 'any'>;

/** A key usable in the call phase (outside any transaction). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance escape hatch for heterogeneous lists
export type CallServiceKey = ServiceKey<string, any, 'call' | 'any'>;

/** The interface a key stands for. */
export type ServiceOf<TKey> = TKey extends ServiceKey<string, infer TService, ServicePhase> ? TService : never;

/** `context.services` for a list of keys: `{ profile: ProfileService; loyalty: LoyaltyService }`. */
export type ServicesOf<TKeys extends readonly AnyServiceKey[]> = {
  readonly [TKey in TKeys[number] as TKey['name']]: ServiceOf<TKey>;
};

/**
 * Declares a capability: `defineService<CrmClient>()({ name: 'acmeCrm', description, phase: 'call' })`.
 * Curried so the interface is given and the name and phase are inferred as literals.
 */
export function defineService<TService>() {
  return <TName extends string, TPhase extends ServicePhase>(key: {
    name: TName;
    description: string;
    phase: TPhase;
  }): ServiceKey<TName, TService, TPhase> => Object.freeze({ ...key });
}
