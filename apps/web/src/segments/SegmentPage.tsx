import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { segmentMessages as m } from './messages';
import { emptyTree, ruleToTree } from './rule-tree';
import { SegmentEditor } from './SegmentEditor';
import '../app/page.css';
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
    <main className="segments-page">
      <Link href="/segments" className="back-link">
        {t(m.back)}
      </Link>
      {segmentId === undefined ? (
        <SegmentEditor key="new" segmentId={undefined} initial={{ name: '', description: '', tree: emptyTree() }} />
      ) : segment.isPending ? (
        <p className="loading" role="status">
          {t(m.loading)}
        </p>
      ) : segment.isError ? (
        <section className="empty-state" role="alert">
          <p>{segment.error.data?.code === 'NOT_FOUND' ? t(m.notFound) : t(m.loadFailed)}</p>
        </section>
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
