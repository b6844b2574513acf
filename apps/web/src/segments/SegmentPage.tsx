import { useQuery } from '@tanstack/react-query';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { segmentMessages as m } from './messages';
import { emptyTree, ruleToTree } from './rule-tree';
import { SegmentEditor } from './SegmentEditor';
import { ArrowLeft } from 'lucide-react';
import { ButtonLink, EmptyState } from '../ui';
import './segments.css';

/** A segment (`/segments/:segmentId`), or a new one (`/segments/new`): rule, live count, preview. */
export function SegmentPage({ segmentId }: { segmentId: string | undefined }) {
  const t = useT();
  const trpc = useTRPC();
  const segment = useQuery({
    ...trpc.segments.get.queryOptions({ id: segmentId ?? '' }),
    enabled: segmentId !== undefined,
    retry: false,
  });
  return (
    <main className="ui-page ui-page--wide segments-page">
      <ButtonLink href="/segments" variant="ghost" size="sm" icon={ArrowLeft} className="back-link">
        {t(m.back)}
      </ButtonLink>
      {segmentId === undefined ? (
        <SegmentEditor key="new" segmentId={undefined} initial={{ name: '', description: '', tree: emptyTree() }} />
      ) : segment.isPending ? (
        <p className="muted" role="status">
          {t(m.loading)}
        </p>
      ) : segment.isError ? (
        <EmptyState compact role="alert">
          {segment.error.data?.code === 'NOT_FOUND' ? t(m.notFound) : t(m.loadFailed)}
        </EmptyState>
      ) : (
        <SegmentEditor
          key={segment.data.id}
          segmentId={segment.data.id}
          initial={{
            name: segment.data.name,
            description: segment.data.description,
            tree: ruleToTree(segment.data.rule),
          }}
        />
      )}
    </main>
  );
}
