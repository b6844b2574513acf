import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { useDateFormat } from '../customers/use-date-format';
import { useNow } from '../journeys/use-now';
import { segmentMessages as m } from './messages';
import '../app/page.css';
import './segments.css';

/** The segments list (`/segments`): name, member count, last change; a row opens the segment. */
export function SegmentsPage() {
  const t = useT();
  const trpc = useTRPC();
  const now = useNow(30_000);
  const dates = useDateFormat(now);
  const list = useQuery(trpc.segments.list.queryOptions());
  return (
    <main className="segments-page">
      <header className="page-header">
        <div>
          <h1>{t(m.title)}</h1>
          <p className="page-subtitle">{t(m.subtitle)}</p>
        </div>
        <div className="page-actions">
          <Link href="/segments/new" className="button primary" data-testid="new-segment">
            {t(m.newSegment)}
          </Link>
        </div>
      </header>
      {list.isPending ? (
        <p className="loading" role="status">
          {t(m.loading)}
        </p>
      ) : list.isError ? (
        <section className="empty-state" role="alert">
          <p>{t(m.loadFailed)}</p>
          <button type="button" className="button secondary" onClick={() => void list.refetch()}>
            {t(m.retry)}
          </button>
        </section>
      ) : list.data.length === 0 ? (
        <section className="empty-state" data-testid="segments-empty">
          <p>{t(m.empty)}</p>
        </section>
      ) : (
        <div className="table-card">
          <table className="segment-table">
            <thead>
              <tr>
                <th scope="col">{t(m.columnName)}</th>
                <th scope="col" className="col-number">
                  {t(m.columnMembers)}
                </th>
                <th scope="col">{t(m.columnUpdated)}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((segment) => (
                <tr key={segment.id} data-testid="segment-row" data-segment-id={segment.id}>
                  <td>
                    <Link href={`/segments/${segment.id}`} className="segment-link">
                      {segment.name}
                    </Link>
                    {segment.description !== '' && <div className="muted">{segment.description}</div>}
                  </td>
                  <td className="col-number" data-testid="segment-member-count">
                    {segment.memberCount.toLocaleString()}
                  </td>
                  <td className="muted" title={dates.full(segment.updatedAt)}>
                    {dates.relative(segment.updatedAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
