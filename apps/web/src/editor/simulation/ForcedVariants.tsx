import { useMemo } from 'react';
import type { ZodType } from 'zod';
import { experimentsOf, type StepExperiment } from '@wayfarer/nodes';
import { useT } from '../../app/i18n';
import { nodeRegistry } from '../../app/node-registry';
import { useEditor } from '../store/editor-context';
import { selectNodes } from '../store/selectors';
import { useNodeLabels } from '../side-panel/use-node-labels';
import { simulationMessages as m } from './messages';

type GraphNodes = ReturnType<typeof selectNodes>;

/** The experiments of the draft on the canvas; a step whose config is not valid yet has none. */
function draftExperiments(nodes: GraphNodes): StepExperiment[] {
  const steps = Object.fromEntries(
    nodes.flatMap((node) => {
      const schema = nodeRegistry.get(node.type)?.config as ZodType | undefined;
      const parsed = schema?.safeParse(node.data?.config ?? {});
      return parsed?.success ? [[node.id, { type: node.type, config: parsed.data }]] : [];
    }),
  );
  return experimentsOf({ steps }, nodeRegistry);
}

/**
 * One choice per experiment of the journey (an Experiment step or a send with other wordings): draw
 * at random as live customers do, or force a variant to see its path and message.
 */
export function ForcedVariants({
  chosen,
  onChange,
}: {
  chosen: Readonly<Record<string, string>>;
  onChange: (chosen: Record<string, string>) => void;
}) {
  const t = useT();
  const nodes = useEditor(selectNodes);
  const labels = useNodeLabels();
  const experiments = useMemo(() => draftExperiments(nodes), [nodes]);
  if (experiments.length === 0) return null;
  return (
    <fieldset className="sim-section" data-testid="sim-variants">
      <legend>{t(m.variants)}</legend>
      {experiments.map(({ stepId, experiment }) => (
        <label key={stepId} className="sim-field">
          <span>{labels[stepId] ?? stepId}</span>
          <select
            name={`variant-${stepId}`}
            value={chosen[stepId] ?? ''}
            onChange={(event) => onChange({ ...chosen, [stepId]: event.target.value })}
          >
            <option value="">{t(m.variantRandom)}</option>
            {experiment.arms.map((arm, index) => (
              <option key={index} value={String(index)}>
                {arm.label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
