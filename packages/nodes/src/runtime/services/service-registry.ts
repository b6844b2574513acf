import { NodeRegistryError } from '../../errors';
import type { StepInfo } from '../context';
import { StepFailure } from '../step-failure';
import type { AnyServiceKey, ServiceKey, ServicesOf } from './service-key';

/** The phase a step is in when a service is bound (see ServicePhase). */
export type StepPhase = 'call' | 'commit';

/** What a provider knows when it builds a service for one step visit. */
export interface ServiceScope {
  step: StepInfo;
  phase: StepPhase;
  /** Another capability for the same step visit: providers build on each other (a CRM client on `http`). */
  use: <TService>(key: ServiceKey<string, TService>) => TService;
}

/**
 * Builds one capability for one step visit. `THost` is what the host hands every provider (the
 * worker: the step's transaction); providers from node packages ignore it and build on other
 * capabilities through `scope.use`, so they work in every host.
 */
export interface ServiceProvider<THost = unknown> {
  readonly key: AnyServiceKey;
  provide(scope: ServiceScope, host: THost): unknown;
}

/** A provider of `key`. */
export function provideService<TService, THost = unknown>(
  key: ServiceKey<string, TService>,
  provide: (scope: ServiceScope, host: THost) => TService,
): ServiceProvider<THost> {
  return { key, provide };
}

/** The capabilities one host provides, by name. */
export interface ServiceRegistry<THost = unknown> {
  keys(): readonly AnyServiceKey[];
  has(name: string): boolean;
  /** `context.services` for one step visit: the services `needs` names, built lazily once each. */
  bind<const TKeys extends readonly AnyServiceKey[]>(
    needs: TKeys,
    step: StepInfo,
    phase: StepPhase,
    host: THost,
  ): ServicesOf<TKeys>;
}

const usableIn = (key: AnyServiceKey, phase: StepPhase): boolean => key.phase === 'any' || key.phase === phase;

/** A registry from an explicit list of providers; a capability provided twice is an error. */
export function createServiceRegistry<THost>(providers: readonly ServiceProvider<THost>[]): ServiceRegistry<THost> {
  const byName = new Map<string, ServiceProvider<THost>>();
  for (const provider of providers) {
    if (byName.has(provider.key.name)) {
      throw new NodeRegistryError('duplicate_service', `Service "${provider.key.name}" is provided twice.`);
    }
    byName.set(provider.key.name, provider);
  }
  return {
    keys: () => [...byName.values()].map((provider) => provider.key),
    has: (name) => byName.has(name),
    bind: <const TKeys extends readonly AnyServiceKey[]>(
      needs: TKeys,
      step: StepInfo,
      phase: StepPhase,
      host: THost,
    ): ServicesOf<TKeys> => {
      const built = new Map<string, unknown>();
      const building = new Set<string>();
      const use = <TService>(key: ServiceKey<string, TService>): TService => {
        if (built.has(key.name)) return built.get(key.name) as TService;
        const provider = byName.get(key.name);
        if (!provider) throw misuse('missing_service', `No provider for service "${key.name}" (${key.description}).`);
        if (!usableIn(provider.key, phase))
          throw misuse('service_phase', `Service "${key.name}" cannot be used in the ${phase} phase of a step.`);
        if (building.has(key.name)) throw misuse('service_cycle', `Service "${key.name}" depends on itself.`);
        building.add(key.name);
        const service = provider.provide({ step, phase, use }, host);
        building.delete(key.name);
        built.set(key.name, service);
        return service as TService;
      };
      const services: Record<string, unknown> = {};
      for (const key of needs) {
        Object.defineProperty(services, key.name, { enumerable: true, get: () => use<unknown>(key) });
      }
      return services as ServicesOf<TKeys>;
    },
  };
}

// A wiring mistake that no retry fixes: the step fails for good and says what is missing.
const misuse = (code: string, message: string) => new StepFailure(code, message, { retryable: false });
