import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocale } from '../app/i18n';
import { nodeRegistry } from '../app/node-registry';
import { useTRPC } from '../app/trpc';

/** "Send message (send-2)" for each step of a published version, by step id (the type's title when unlabelled). */
export function useStepLabels(versionId: string | undefined): Readonly<Record<string, string>> {
  const trpc = useTRPC();
  const { locale } = useLocale();
  const version = useQuery({
    ...trpc.journeys.version.queryOptions({ versionId: versionId ?? '' }),
    enabled: versionId !== undefined,
  });
  return useMemo(() => {
    const nodes = version.data?.graph.nodes ?? [];
    return Object.fromEntries(
      nodes.map((node) => {
        const title = node.data.label ?? nodeRegistry.get(node.type)?.title[locale] ?? node.type;
        return [node.id, `${title} (${node.id})`];
      }),
    );
  }, [version.data, locale]);
}
