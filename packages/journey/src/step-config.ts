import type { Step } from './ir.schema';
import type { CompilableNodeType } from './node-type';

/** `migrations[n]` in order, from the version a config was saved at up to the spec's. */
export function migrateConfig(spec: CompilableNodeType, config: unknown, from: number): unknown {
  let current = config;
  for (let version = from; version < spec.version; version++) {
    const migrate = spec.migrations?.[version];
    if (migrate) current = migrate(current);
  }
  return current;
}

export type InstalledConfig = { ok: true; config: unknown } | { ok: false; message: string };

/**
 * A published step's config as the installed version of its node type reads it. A version keeps
 * its IR (ports, plan, wiring) for the customers inside it, but a runtime installed since then
 * only knows its own config shape: the stored config is migrated up to it and checked. Pure.
 */
export function installedStepConfig(step: Step, spec: CompilableNodeType): InstalledConfig {
  if (step.typeVersion === spec.version) return { ok: true, config: step.config };
  if (step.typeVersion > spec.version) {
    return {
      ok: false,
      message: `Step ${step.id} was published with ${step.type} v${step.typeVersion}; this worker has v${spec.version}.`,
    };
  }
  const parsed = spec.config.safeParse(migrateConfig(spec, step.config, step.typeVersion));
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    message: `Step ${step.id}'s ${step.type} v${step.typeVersion} config does not migrate to v${spec.version}: ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
  };
}
