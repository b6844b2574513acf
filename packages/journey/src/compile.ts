import type { z } from 'zod';
import { cyclicComponents, reachableFrom } from './graph-analysis';
import { journeyGraphSchema, type GraphEdge, type GraphNode } from './graph.schema';
import type { CompileResult, Diagnostic } from './diagnostics';
import { contentHash } from './hash';
import { hasInvisibleCharacter } from './names';
import { IR_VERSION, type JourneyIR, type RunPlan, type Step, type TriggerMatch } from './ir.schema';
import type { CompilableNodeType, NodeTypeLookup, PortDefinition } from './node-type';
import { migrateConfig } from './step-config';

/** A node whose type is known and whose config is valid. */
interface CheckedNode {
  node: GraphNode;
  spec: CompilableNodeType;
  config: unknown;
  ports: readonly PortDefinition[];
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

function graphDiagnostics(error: z.ZodError, raw: unknown): Diagnostic[] {
  const nodes = (raw as { nodes?: unknown[] } | null)?.nodes;
  return error.issues.map((issue) => {
    const [head, position] = issue.path;
    const node = head === 'nodes' && typeof position === 'number' ? nodes?.[position] : undefined;
    const nodeId = (node as { id?: unknown } | undefined)?.id;
    return {
      code: 'invalid_graph',
      message: `${formatPath(issue.path) || 'graph'}: ${issue.message}`,
      path: formatPath(issue.path),
      ...(typeof nodeId === 'string' ? { nodeId } : {}),
    };
  });
}

function checkNode(node: GraphNode, registry: NodeTypeLookup, problems: Diagnostic[]): CheckedNode | undefined {
  const spec = registry.get(node.type);
  if (!spec) {
    problems.push({
      code: 'unknown_node_type',
      nodeId: node.id,
      message: `Node "${node.id}" has unknown type "${node.type}".`,
    });
    return undefined;
  }
  const typeVersion = node.data.typeVersion ?? spec.version;
  if (typeVersion > spec.version) {
    problems.push({
      code: 'unsupported_type_version',
      nodeId: node.id,
      message: `Node "${node.id}" was saved by ${node.type} v${typeVersion}; this server knows up to v${spec.version}.`,
    });
    return undefined;
  }
  const parsed = spec.config.safeParse(migrateConfig(spec, node.data.config, typeVersion));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formatPath(issue.path);
      problems.push({
        code: 'invalid_config',
        nodeId: node.id,
        path,
        message: `Node "${node.id}" (${node.type}): ${path || 'config'}: ${issue.message}`,
      });
    }
    return undefined;
  }
  const config: unknown = parsed.data;
  return { node, spec, config, ports: spec.ports(config as never) };
}

function checkEdges(
  edges: readonly GraphEdge[],
  nodeIds: ReadonlySet<string>,
  checked: ReadonlyMap<string, CheckedNode>,
  problems: Diagnostic[],
): Map<string, Map<string, string>> {
  const wiring = new Map<string, Map<string, string>>();
  for (const edge of edges) {
    const missing = [edge.source, edge.target].filter((id) => !nodeIds.has(id));
    if (missing.length > 0) {
      problems.push({
        code: 'dangling_edge',
        edgeId: edge.id,
        nodeId: nodeIds.has(edge.source) ? edge.source : undefined,
        message: `Edge "${edge.id}" points at missing node ${missing.map((id) => `"${id}"`).join(' and ')}.`,
      });
      continue;
    }
    const source = checked.get(edge.source);
    if (source && !source.ports.some((port) => port.name === edge.sourceHandle)) {
      const names = source.ports.map((port) => port.name).join(', ') || 'none';
      problems.push({
        code: 'dangling_edge',
        edgeId: edge.id,
        nodeId: edge.source,
        port: edge.sourceHandle,
        message: `Edge "${edge.id}" leaves node "${edge.source}" from port "${edge.sourceHandle}", which it does not have (ports: ${names}).`,
      });
      continue;
    }
    const ports = wiring.get(edge.source) ?? new Map<string, string>();
    if (ports.has(edge.sourceHandle)) {
      problems.push({
        code: 'duplicate_edge',
        edgeId: edge.id,
        nodeId: edge.source,
        port: edge.sourceHandle,
        message: `Node "${edge.source}" has more than one edge from port "${edge.sourceHandle}".`,
      });
      continue;
    }
    ports.set(edge.sourceHandle, edge.target);
    wiring.set(edge.source, ports);
  }
  return wiring;
}

// Only a trigger must be wired: any other step's unconnected port is an open path, which ends
// the customer's journey there (completed), as an End node would; End nodes are optional.
function checkRequiredPorts(
  checked: ReadonlyMap<string, CheckedNode>,
  wiring: ReadonlyMap<string, ReadonlyMap<string, string>>,
  problems: Diagnostic[],
): void {
  for (const { node, spec, ports } of checked.values()) {
    if (spec.kind !== 'trigger') continue;
    for (const port of ports) {
      if ((port.required ?? true) && !wiring.get(node.id)?.has(port.name)) {
        problems.push({
          code: 'missing_edge',
          nodeId: node.id,
          port: port.name,
          message: `Trigger "${node.id}" needs an edge from its "${port.name}" port to the first step.`,
        });
      }
    }
  }
}

function checkStructure(
  nodes: readonly GraphNode[],
  checked: ReadonlyMap<string, CheckedNode>,
  wiring: ReadonlyMap<string, ReadonlyMap<string, string>>,
  problems: Diagnostic[],
): void {
  const triggers = nodes.filter((node) => checked.get(node.id)?.spec.kind === 'trigger').map((node) => node.id);
  const unknownKinds = nodes.some((node) => !checked.has(node.id));
  if (triggers.length === 0 && !unknownKinds) {
    problems.push({ code: 'no_trigger', message: 'The journey has no trigger: add one so customers can enter it.' });
  }
  const adjacency = new Map([...wiring].map(([id, ports]) => [id, [...ports.values()]]));
  if (triggers.length > 0) {
    const reachable = reachableFrom(adjacency, triggers);
    for (const node of nodes) {
      if (!reachable.has(node.id)) {
        problems.push({
          code: 'unreachable_node',
          nodeId: node.id,
          message: `Node "${node.id}" cannot be reached from any trigger.`,
        });
      }
    }
  }
  for (const component of cyclicComponents(
    nodes.map((node) => node.id),
    adjacency,
  )) {
    const hasWait = component.some((id) => checked.get(id)?.spec.kind === 'wait');
    const unknown = component.some((id) => !checked.has(id));
    if (!hasWait && !unknown) {
      problems.push({
        code: 'cycle_without_wait',
        nodeId: component[0],
        message: `Nodes ${component.map((id) => `"${id}"`).join(' → ')} form a loop with no wait; it would spin forever.`,
      });
    }
  }
}

/**
 * The match of each trigger node. A trigger on an event rule must name a rule the registry knows,
 * with a config the rule accepts (stored parsed, defaults applied) and at least one event name.
 */
function triggerMatches(
  checked: ReadonlyMap<string, CheckedNode>,
  registry: NodeTypeLookup,
  problems: Diagnostic[],
): Map<string, TriggerMatch> {
  const matches = new Map<string, TriggerMatch>();
  for (const { node, spec, config } of checked.values()) {
    if (spec.kind !== 'trigger') continue;
    const match: TriggerMatch = spec.trigger?.(config as never) ?? { on: 'api' };
    if (match.on !== 'rule') {
      matches.set(node.id, match);
      continue;
    }
    const problem = (message: string): void =>
      void problems.push({
        code: 'invalid_config',
        nodeId: node.id,
        path: '',
        message: `Node "${node.id}" (${node.type}): ${message}`,
      });
    const rule = registry.eventRule?.(match.rule);
    if (rule === undefined) {
      problem(`its event rule "${match.rule}" is not installed in this deployment.`);
      continue;
    }
    const parsed = rule.config.safeParse(match.config);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${formatPath(issue.path) || 'config'}: ${issue.message}`);
      problem(`event rule "${match.rule}": ${detail.join('; ')}`);
      continue;
    }
    const events = [...new Set(rule.events(parsed.data))];
    if (events.length === 0) {
      problem(`event rule "${match.rule}" matches no event name.`);
      continue;
    }
    matches.set(node.id, { on: 'rule', rule: rule.id, events, config: parsed.data });
  }
  return matches;
}

// An exit or goal event name with an invisible character looks right and never matches.
function checkSettingNames(settings: JourneyIR['settings'], problems: Diagnostic[]): void {
  const named = [
    ...settings.exitOn.map((criterion, index) => ({ path: `settings.exitOn.${index}.event`, name: criterion.event })),
    ...(settings.goal === null ? [] : [{ path: 'settings.goal.event', name: settings.goal.event }]),
  ];
  for (const { path, name } of named) {
    if (!hasInvisibleCharacter(name)) continue;
    problems.push({
      code: 'invalid_graph',
      path,
      message: `${path}: the event name "${name.trim()}" contains an invisible (zero-width) character.`,
    });
  }
}

function defaultPlan(spec: CompilableNodeType, ports: readonly PortDefinition[]): RunPlan {
  switch (spec.kind) {
    case 'trigger':
      return { op: 'pass', port: ports[0]?.name ?? 'out' };
    case 'end':
      return { op: 'end' };
    case 'action':
    case 'wait':
    case 'branch':
      return { op: 'activity' };
    default: {
      const unreachable: never = spec.kind;
      return unreachable;
    }
  }
}

function buildIR(
  checked: ReadonlyMap<string, CheckedNode>,
  wiring: ReadonlyMap<string, ReadonlyMap<string, string>>,
  matches: ReadonlyMap<string, TriggerMatch>,
  settings: JourneyIR['settings'],
): JourneyIR {
  const steps: Record<string, Step> = {};
  const triggers: JourneyIR['triggers'] = [];
  for (const { node, spec, config, ports } of checked.values()) {
    const wired = (port: string | undefined) => (port === undefined ? undefined : wiring.get(node.id)?.get(port));
    // An unconnected port with a fallback leads where the fallback leads (a skipped send carries on).
    const next = Object.fromEntries(ports.map((port) => [port.name, wired(port.name) ?? wired(port.fallback) ?? null]));
    const plan = spec.plan?.(config as never) ?? defaultPlan(spec, ports);
    steps[node.id] = { id: node.id, type: spec.type, typeVersion: spec.version, kind: spec.kind, config, next, plan };
    const match = matches.get(node.id);
    if (match !== undefined) triggers.push({ stepId: node.id, type: spec.type, match });
  }
  const body = {
    irVersion: IR_VERSION,
    start: triggers.map((trigger) => trigger.stepId),
    triggers,
    exit: settings.exitOn,
    goal: settings.goal,
    settings,
    steps,
  } satisfies Omit<JourneyIR, 'hash'>;
  return { ...body, hash: contentHash(body) };
}

interface CheckedGraph {
  checked: ReadonlyMap<string, CheckedNode>;
  wiring: ReadonlyMap<string, ReadonlyMap<string, string>>;
  matches: ReadonlyMap<string, TriggerMatch>;
  settings: JourneyIR['settings'];
}

/** Every problem of `graph`, or what the IR is built from when there is none. */
function checkGraph(
  graph: unknown,
  registry: NodeTypeLookup,
): { ok: false; problems: Diagnostic[] } | ({ ok: true } & CheckedGraph) {
  const parsed = journeyGraphSchema.safeParse(graph);
  if (!parsed.success) return { ok: false, problems: graphDiagnostics(parsed.error, graph) };
  const { nodes, edges, settings } = parsed.data;
  const problems: Diagnostic[] = [];
  const nodeIds = new Set<string>();
  const checked = new Map<string, CheckedNode>();
  for (const node of nodes) {
    if (nodeIds.has(node.id)) {
      problems.push({ code: 'duplicate_node_id', nodeId: node.id, message: `Two nodes share the id "${node.id}".` });
      continue;
    }
    nodeIds.add(node.id);
    const result = checkNode(node, registry, problems);
    if (result) checked.set(node.id, result);
  }
  const wiring = checkEdges(edges, nodeIds, checked, problems);
  checkRequiredPorts(checked, wiring, problems);
  checkStructure(nodes, checked, wiring, problems);
  checkSettingNames(settings, problems);
  const matches = triggerMatches(checked, registry, problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, checked, wiring, matches, settings };
}

/**
 * Validates an editor graph against the node registry and compiles it to the IR the interpreter
 * runs. Never throws on bad input: every problem found is returned, each naming its node.
 */
export function compileJourney(graph: unknown, registry: NodeTypeLookup): CompileResult<JourneyIR> {
  const result = checkGraph(graph, registry);
  if (!result.ok) return result;
  return { ok: true, value: buildIR(result.checked, result.wiring, result.matches, result.settings) };
}

/**
 * The problems `compileJourney` would report, without building (and hashing) the IR: the editor's
 * check as the marketer edits.
 */
export function checkJourney(graph: unknown, registry: NodeTypeLookup): readonly Diagnostic[] {
  const result = checkGraph(graph, registry);
  return result.ok ? [] : result.problems;
}
