// Test support for the loyalty nodes: compile a graph around one node, and a runtime context whose
// loyalty services answer from a script and record what the step asked for.
import type { z } from 'zod';
import { compileJourney, type Diagnostic, type JourneyIR } from '@wayfarer/journey';
import { createEditorRegistry } from '../../editor/editor-registry';
import { builtinEditors } from '../../editor/builtins.editor';
import { createNodeRegistry } from '../../registry';
import { builtinRuntimes } from '../../runtime/builtins.runtime';
import type { StepResult } from '../../runtime/context';
import { createRuntimeRegistry } from '../../runtime/runtime-registry';
import { fakeContext, type FakeContext } from '../../runtime/test-context';
import { builtinNodeTypes } from '../index';
import type { LoyaltyServices } from './loyalty-services';

const nodes = createNodeRegistry(builtinNodeTypes);
const runtimes = createRuntimeRegistry(nodes, builtinRuntimes);
const editors = createEditorRegistry(nodes, builtinEditors);

/** Compiles event trigger → a `type` step → an end per port in `ports`. */
export function compileAround(
  type: string,
  config: unknown,
  ports: readonly string[],
  typeVersion?: number,
): { ir: JourneyIR | null; problems: Diagnostic[] } {
  const result = compileJourney(
    {
      nodes: [
        { id: 'start', type: 'core.trigger.event', data: { config: { event: 'signed_up' } } },
        { id: 'step', type, data: { config, ...(typeVersion === undefined ? {} : { typeVersion }) } },
        ...ports.map((port) => ({ id: `end-${port}`, type: 'core.end' })),
      ],
      edges: [
        { id: 'e0', source: 'start', sourceHandle: 'out', target: 'step' },
        ...ports.map((port) => ({ id: `e-${port}`, source: 'step', sourceHandle: port, target: `end-${port}` })),
      ],
    },
    nodes,
  );
  return result.ok ? { ir: result.value, problems: [] } : { ir: null, problems: result.problems };
}

/** The compiled step's config (throws with the problems when it does not compile). */
export function compiledStep(type: string, config: unknown, ports: readonly string[]) {
  const { ir, problems } = compileAround(type, config, ports);
  const step = ir?.steps.step;
  if (!step) throw new Error(JSON.stringify(problems));
  return step;
}

export type LoyaltyCall = { method: keyof LoyaltyServices; args: unknown[] };

/** A context whose loyalty services are `answers` (missing methods throw), recording each call. */
export function loyaltyContext(answers: Partial<LoyaltyServices>): FakeContext & { calls: LoyaltyCall[] } {
  const fake = fakeContext();
  const calls: LoyaltyCall[] = [];
  const recorded = new Proxy(answers, {
    get(target, method: keyof LoyaltyServices) {
      const answer = target[method] as ((...args: unknown[]) => unknown) | undefined;
      if (!answer) throw new Error(`unexpected loyalty call ${String(method)}`);
      return (...args: unknown[]) => {
        calls.push({ method, args });
        return answer(...args);
      };
    },
  }) as LoyaltyServices;
  fake.context.services.loyalty = recorded;
  return { ...fake, calls };
}

/** Runs the step's runtime facet with its compiled config, as the worker would. */
export async function runStep(
  type: string,
  config: unknown,
  ports: readonly string[],
  context: FakeContext['context'],
): Promise<StepResult> {
  const facet = runtimes.get(type);
  if (!facet) throw new Error(`no runtime for ${type}`);
  return facet.execute(compiledStep(type, config, ports).config, context);
}

/** The card sentence in each locale. */
export function summaries(type: string, config: unknown): string[] {
  const editor = editors.get(type);
  if (!editor) throw new Error(`no editor for ${type}`);
  const spec = nodes.get(type);
  if (!spec) throw new Error(`no node type ${type}`);
  const parsed: unknown = (spec.config as z.ZodType).parse(config);
  return (['en', 'zh-TW', 'zh-CN'] as const).map((locale) => editor.summary(parsed, locale));
}
