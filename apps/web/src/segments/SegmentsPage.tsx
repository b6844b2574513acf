import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { useDateFormat } from '../customers/use-date-format';
import { useNow } from '../journeys/use-now';
import { segmentMessages as m } from './messages';
import { ChartPie, Plus } from 'lucide-react';
import { Button, ButtonLink, EmptyState, Page, Table } from '../ui';
import './segments.css';

/** The segments list (`/segments`): name, member count, last change; a row opens the segment. */
export function SegmentsPage() {
  const t = useT();
  const trpc = useTRPC();
  const now = useNow(30_000);
  const dates = useDateFormat(now);
  const list = useQuery(trpc.segments.list.queryOptions());
  return (
    <Page
      className="segments-page"
      width="wide"
      title={t(m.title)}
      subtitle={t(m.subtitle)}
      actions={
        <ButtonLink href="/segments/new" variant="primary" icon={Plus} data-testid="new-segment">
          {t(m.newSegment)}
        </ButtonLink>
      }
    >
      {list.isPending ? (
        <p className="muted" role="status">
          {t(m.loading)}
        </p>
      ) : list.isError ? (
        <EmptyState compact role="alert" actions={<Button onClick={() => void list.refetch()}>{t(m.retry)}</Button>}>
          {t(m.loadFailed)}
        </EmptyState>
      ) : list.data.length === 0 ? (
        <EmptyState icon={ChartPie} testId="segments-empty">
          {t(m.empty)}
        </EmptyState>
      ) : (
        <Table className="segment-table">
          <thead>
            <tr>
              <th scope="col">{t(m.columnName)}</th>
              <th scope="col" className="ui-table__num">
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
                <td className="ui-table__num" data-testid="segment-member-count">
                  {segment.memberCount.toLocaleString()}
                </td>
                <td className="muted nowrap" title={dates.full(segment.updatedAt)}>
                  {dates.relative(segment.updatedAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Page>
  );
}
