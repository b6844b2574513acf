import type { Diagnostic } from '@wayfarer/journey';
import type { AnyNodeTypeSpec, Locale, Port } from '@wayfarer/nodes';

/** A port as the inspector lists it, with the compiler's problems about its connection. */
export interface PortView {
  name: string;
  label: string;
  required: boolean;
  problems: Diagnostic[];
}

function isPortList(value: unknown): value is readonly Port[] {
  return (
    Array.isArray(value) &&
    value.every((port: unknown) => typeof port === 'object' && port !== null && typeof (port as Port).name === 'string')
  );
}

// `ports(config)` is only defined for a valid config; for one still being edited it is tried
// anyway (fixed ports ignore the config, a split's ports follow its paths) and given up on if it throws.
function portsFor(
  spec: AnyNodeTypeSpec,
  parsed: { ok: true; data: unknown } | { ok: false },
  config: unknown,
): readonly Port[] | undefined {
  try {
    const ports: unknown = spec.ports(parsed.ok ? parsed.data : config);
    return isPortList(ports) ? ports : undefined;
  } catch {
    return undefined;
  }
}

/** The node's ports for its config, or `undefined` when they cannot be known until it is fixed. */
export function portViews(
  spec: AnyNodeTypeSpec,
  parsed: { ok: true; data: unknown } | { ok: false },
  config: unknown,
  problems: readonly Diagnostic[],
  locale: Locale,
): PortView[] | undefined {
  return portsFor(spec, parsed, config)?.map((port) => ({
    name: port.name,
    label: port.label?.[locale] ?? port.name,
    required: port.required ?? true,
    problems: problems.filter((problem) => problem.port === port.name),
  }));
}

/** Problems about the node that no field or listed port shows (unreachable, loop without a wait, …). */
export function nodeLevelProblems(
  problems: readonly Diagnostic[],
  ports: readonly PortView[] | undefined,
): Diagnostic[] {
  const listed = new Set(ports?.map((port) => port.name));
  return problems.filter(
    (problem) => problem.code !== 'invalid_config' && (problem.port === undefined || !listed.has(problem.port)),
  );
}
