import type { StepInfo, StepResult } from '../context';
import type { AnyRuntimeFacet, CallOutcome } from '../define-runtime';
import type { ServiceRegistry } from './service-registry';

/** JSON in and out: what the commit phase gets is what a retry would read back from storage. */
export function storedCallValue(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** Phase one: the facet's external call with its call services (outside any transaction). */
export async function runCall<THost>(
  facet: AnyRuntimeFacet,
  config: unknown,
  step: StepInfo,
  services: ServiceRegistry<THost>,
  host: THost,
): Promise<CallOutcome<unknown>> {
  if (!facet.call) throw new TypeError(`${facet.type} has no external call.`);
  const context = { ...step, services: services.bind(facet.call.needs, step, 'call', host) };
  return { status: 'returned', value: storedCallValue(await facet.call.run(config, context)) };
}

/** Phase two: `execute` with its commit services (inside the host's transaction, if it has one). */
export function runCommit<THost>(
  facet: AnyRuntimeFacet,
  config: unknown,
  step: StepInfo,
  services: ServiceRegistry<THost>,
  host: THost,
  called: CallOutcome<unknown> | undefined,
): Promise<StepResult> {
  const context = { ...step, services: services.bind(facet.needs, step, 'commit', host) };
  return facet.execute(config, context, called);
}

/** Both phases back to back, for hosts without a transaction (test runs, unit tests). */
export async function runFacet<THost>(
  facet: AnyRuntimeFacet,
  config: unknown,
  step: StepInfo,
  services: ServiceRegistry<THost>,
  host: THost,
): Promise<StepResult> {
  const called = facet.call ? await runCall(facet, config, step, services, host) : undefined;
  return runCommit(facet, config, step, services, host, called);
}
