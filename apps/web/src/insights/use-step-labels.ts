import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocale } from '../app/i18n';
import { nodeRegistry } from '../app/node-registry';
import { portLabel, stepPorts } from '../app/port-label';
import { useTRPC } from '../app/trpc';

/** A step of the version where customers can be found: waiting at it, or gone by one of its exits. */
export interface StepPlaces {
  stepId: string;
  label: string;
  /** False for triggers, which nobody waits at. */
  holds: boolean;
  ports: { name: string; label: string }[];
}

export interface VersionSteps {
  /** Steps in graph order, each with its exits in the UI language (ends have none). */
  places: StepPlaces[];
  /** A step's label, else its type's title (never its id). */
  label: (stepId: string) => string;
  /** The words for a step's exit. */
  port: (stepId: string, port: string) => string;
}

/** Names the steps and exits of a published version in the UI language. */
export function useVersionSteps(versionId: string | undefined): VersionSteps {
  const trpc = useTRPC();
  const { locale } = useLocale();
  const version = useQuery({
    ...trpc.journeys.version.queryOptions({ versionId: versionId ?? '' }),
    enabled: versionId !== undefined,
  });
  return useMemo(() => {
    const graphNodes = version.data?.graph.nodes ?? [];
    const nodes = new Map(graphNodes.map((node) => [node.id, node]));
    const label = (stepId: string) => {
      const node = nodes.get(stepId);
      return node?.data.label ?? (node && nodeRegistry.get(node.type)?.title[locale]) ?? '…';
    };
    return {
      places: graphNodes.flatMap((node): StepPlaces[] => {
        const spec = nodeRegistry.get(node.type);
        if (spec === undefined || spec.kind === 'end') return [];
        const ports = stepPorts(nodeRegistry, node.type, node.data.config);
        return [
          {
            stepId: node.id,
            label: label(node.id),
            holds: spec.kind !== 'trigger',
            ports: ports.map((port) => ({
              name: port.name,
              label: portLabel(nodeRegistry, node.type, node.data.config, port.name, locale),
            })),
          },
        ];
      }),
      label,
      port: (stepId, port) => {
        const node = nodes.get(stepId);
        return node === undefined ? port : portLabel(nodeRegistry, node.type, node.data.config, port, locale);
      },
    };
  }, [version.data, locale]);
}
