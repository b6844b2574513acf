import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocale } from '../app/i18n';
import { nodeRegistry } from '../app/node-registry';
import { portLabel } from '../app/port-label';
import { useTRPC } from '../app/trpc';

export interface VersionSteps {
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
    const nodes = new Map((version.data?.graph.nodes ?? []).map((node) => [node.id, node]));
    return {
      label: (stepId) => {
        const node = nodes.get(stepId);
        return node?.data.label ?? (node && nodeRegistry.get(node.type)?.title[locale]) ?? '…';
      },
      port: (stepId, port) => {
        const node = nodes.get(stepId);
        return node === undefined ? port : portLabel(nodeRegistry, node.type, node.data.config, port, locale);
      },
    };
  }, [version.data, locale]);
}
