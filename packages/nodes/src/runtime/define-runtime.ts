import type { ConfigOf, NodeTypeSpec, PortOf } from '../define';
import { NodeRegistryError } from '../errors';
import type { RuntimeContext, StepResult } from './context';
import type { AnyServiceKey, CallServiceKey, CommitServiceKey, ServicesOf } from './services/service-key';

/**
 * What repeating an external call does, which decides what a customer can see after a crash
 * between the call and the commit (see docs/writing-a-node-type.md):
 * - `exactly-once`: the remote side dedupes on the `Idempotency-Key` it is sent (the step's key), so
 *   the call is repeated with the same key and applied once;
 * - `at-least-once`: the call may be repeated and applied again (fine for reads and lookups);
 * - `at-most-once`: an interrupted call is never repeated; the commit phase hears `interrupted`.
 */
export type CallGuarantee = 'exactly-once' | 'at-least-once' | 'at-most-once';

/** What the commit phase learns of the step's external call (stored as JSON between the phases). */
export type CallOutcome<TValue, TGuarantee extends CallGuarantee = CallGuarantee> =
  { status: 'returned'; value: TValue } | (TGuarantee extends 'at-most-once' ? { status: 'interrupted' } : never);

/** The first phase of a two-phase step: I/O outside the database transaction. */
export interface ExternalCall<
  TConfig = unknown,
  TNeeds extends readonly CallServiceKey[] = readonly CallServiceKey[],
  TValue = unknown,
  TGuarantee extends CallGuarantee = CallGuarantee,
> {
  needs: TNeeds;
  guarantee: TGuarantee;
  /** Its result must survive JSON (it is stored so a retry after a crash can reuse it). */
  run(config: TConfig, context: RuntimeContext<ServicesOf<TNeeds>>): Promise<TValue>;
}

/** The runtime facet of a node type: runs in the worker's generic step activity. */
export interface RuntimeFacet<
  TSpec = NodeTypeSpec,
  TNeeds extends readonly AnyServiceKey[] = readonly CommitServiceKey[],
  TCall extends ExternalCall<ConfigOf<TSpec>> | undefined = undefined,
> {
  type: string;
  spec: TSpec;
  /** Services `execute` uses (inside the step's transaction). */
  needs: TNeeds;
  /** An external call made before `execute`, outside the transaction (two-phase steps). */
  call?: TCall;
  execute(
    config: ConfigOf<TSpec>,
    context: RuntimeContext<ServicesOf<TNeeds>>,
    /** The external call's outcome (two-phase steps only; hosts always pass it then). */
    called?: TCall extends ExternalCall<ConfigOf<TSpec>, readonly CallServiceKey[], infer TValue, infer TGuarantee>
      ? CallOutcome<TValue, TGuarantee>
      : undefined,
  ): Promise<StepResult<PortOf<TSpec>>>;
}

/** Any runtime facet, for heterogeneous registries. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance escape hatch for heterogeneous registries
export type AnyRuntimeFacet = RuntimeFacet<any, readonly AnyServiceKey[], AnyExternalCall | undefined>;

/** Any external call, whatever its config, value and guarantee. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance escape hatch for heterogeneous registries
export type AnyExternalCall = ExternalCall<any, readonly CallServiceKey[], unknown>;

type Execute<TSpec, TNeeds extends readonly AnyServiceKey[], TCalled> = (
  config: ConfigOf<TSpec>,
  context: RuntimeContext<ServicesOf<TNeeds>>,
  called: TCalled,
) => Promise<StepResult<PortOf<TSpec>>>;

// The two-phase form first: TypeScript fixes a callback's parameter types at the first overload
// it tries, and the one-phase form would leave `call.run`'s untyped.
/**
 * Attaches the runtime to a spec; config and port types come from the spec, `context.services`
 * from `needs`. With `call`, the step runs in two phases: `call.run` outside the transaction, then
 * `execute` inside it with the call's outcome, committed with the step's receipt.
 */
export function defineRuntime<
  TSpec extends NodeTypeSpec,
  const TNeeds extends readonly CommitServiceKey[],
  const TCallNeeds extends readonly CallServiceKey[],
  TValue,
  const TGuarantee extends CallGuarantee,
>(
  spec: TSpec,
  runtime: {
    needs?: TNeeds;
    call: ExternalCall<ConfigOf<TSpec>, TCallNeeds, TValue, TGuarantee>;
    execute: Execute<TSpec, TNeeds, CallOutcome<TValue, TGuarantee>>;
  },
): RuntimeFacet<TSpec, TNeeds, ExternalCall<ConfigOf<TSpec>, TCallNeeds, TValue, TGuarantee>>;
export function defineRuntime<
  TSpec extends NodeTypeSpec,
  const TNeeds extends readonly CommitServiceKey[] = readonly [],
>(spec: TSpec, runtime: { needs?: TNeeds; execute: Execute<TSpec, TNeeds, undefined> }): RuntimeFacet<TSpec, TNeeds>;
export function defineRuntime(
  spec: NodeTypeSpec,
  runtime: { needs?: readonly AnyServiceKey[]; call?: ExternalCall; execute: Execute<NodeTypeSpec, [], never> },
): AnyRuntimeFacet {
  const needs = runtime.needs ?? [];
  checkPhases(spec.type, needs, 'commit');
  if (runtime.call) checkPhases(spec.type, runtime.call.needs, 'call');
  return { type: spec.type, spec, needs, ...(runtime.call ? { call: runtime.call } : {}), execute: runtime.execute };
}

// The types already refuse this; the check catches packages built without them.
function checkPhases(type: string, needs: readonly AnyServiceKey[], phase: 'call' | 'commit') {
  const wrong = needs.find((key) => key.phase !== 'any' && key.phase !== phase);
  if (wrong === undefined) return;
  const where = phase === 'call' ? 'outside the transaction (call)' : 'inside the transaction (execute)';
  throw new NodeRegistryError('service_phase', `${type} needs "${wrong.name}" ${where}, where it cannot be used.`);
}
