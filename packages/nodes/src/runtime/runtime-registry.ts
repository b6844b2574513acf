import type { AnyNodeTypeSpec } from '../define';
import { NodeRegistryError } from '../errors';
import { indexFacets, type NodeRegistry } from '../registry';
import type { AnyRuntimeFacet } from './define-runtime';
import { createServiceRegistry, type ServiceProvider, type ServiceRegistry } from './services/service-registry';

/** Whether the interpreter calls the step activity for this node type (see RunPlan). */
export function needsRuntime(spec: AnyNodeTypeSpec): boolean {
  if (spec.planOnly === true) return false;
  return spec.kind === 'action' || spec.kind === 'branch' || spec.kind === 'wait';
}

/** Runtime facets keyed by type, and the services node packages provide for them. */
export interface RuntimeRegistry {
  nodes: NodeRegistry;
  get(type: string): AnyRuntimeFacet | undefined;
  list(): readonly AnyRuntimeFacet[];
  /** Providers of the capabilities node packages add (their own clients); every host includes them. */
  providers: readonly ServiceProvider[];
}

/**
 * Pairs specs with runtime facets. Every action, branch and wait type needs one (a wait or split
 * that compiles to a timer or split simply never gets called).
 */
export function createRuntimeRegistry(
  nodes: NodeRegistry,
  facets: readonly AnyRuntimeFacet[],
  providers: readonly ServiceProvider[] = [],
): RuntimeRegistry {
  const byType = indexFacets(nodes, facets, 'runtime', needsRuntime);
  const all = [...byType.values()];
  return { nodes, get: (type) => byType.get(type), list: () => all, providers };
}

/**
 * A host's service registry: its own providers plus the packages', checked to provide every
 * service a registered runtime needs (a missing one is a start-up error naming the node type).
 */
export function createHostServices<THost>(
  runtimes: RuntimeRegistry,
  hostProviders: readonly ServiceProvider<THost>[],
): ServiceRegistry<THost> {
  const services = createServiceRegistry<THost>([...hostProviders, ...runtimes.providers]);
  const missing = runtimes
    .list()
    .flatMap((facet) =>
      [...facet.needs, ...(facet.call?.needs ?? [])]
        .filter((key) => !services.has(key.name))
        .map((key) => `${facet.type} needs "${key.name}" (${key.description})`),
    );
  if (missing.length > 0) {
    throw new NodeRegistryError('missing_service', `No provider for: ${[...new Set(missing)].join('; ')}.`);
  }
  return services;
}
