import { useQuery } from '@tanstack/react-query';
import { ArrowLeft, History, Upload } from 'lucide-react';
import { Link } from 'wouter';
import { useLocale, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { useDateFormat } from '../customers/use-date-format';
import { useNow } from '../journeys/use-now';
import { Button, ButtonLink, EmptyState, Page, Table } from '../ui';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportStatusBadge } from './ImportStatusBadge';
import { isActive } from './import-types';
import { progressMessages as p } from './progress-messages';
import { wizardMessages as m } from './wizard-messages';
import './imports.css';

const POLL_MS = 2_000;

/** Recent imports (`/customers/imports`): status, progress and counts, live while one runs. */
export function ImportHistoryPage() {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const now = useNow(30_000);
  const dates = useDateFormat(now);
  const number = new Intl.NumberFormat(locale);
  const imports = useQuery({
    ...trpc.imports.list.queryOptions({ limit: 50 }),
    refetchInterval: (query) => (query.state.data?.some((job) => isActive(job.status)) === true ? POLL_MS : false),
  });
  return (
    <Page
      className="import-page"
      width="wide"
      title={t(p.historyTitle)}
      subtitle={t(p.historySubtitle)}
      back={
        <ButtonLink href="/customers" variant="ghost" size="sm" icon={ArrowLeft} className="back-link">
          {t(m.back)}
        </ButtonLink>
      }
      actions={
        <ButtonLink href="/customers/import" variant="primary" icon={Upload}>
          {t(p.newImport)}
        </ButtonLink>
      }
      testId="import-history"
    >
      {imports.isPending ? (
        <p className="muted" role="status">
          {t(p.loading)}
        </p>
      ) : imports.isError ? (
        <EmptyState compact role="alert" actions={<Button onClick={() => void imports.refetch()}>{t(p.retry)}</Button>}>
          {t(p.loadFailed)}
        </EmptyState>
      ) : imports.data.length === 0 ? (
        <EmptyState icon={History} compact>
          {t(p.historyEmpty)}
        </EmptyState>
      ) : (
        <Table className="import-history-table">
          <thead>
            <tr>
              <th scope="col">{t(p.columnFile)}</th>
              <th scope="col">{t(p.columnStatus)}</th>
              <th scope="col">{t(p.columnProgress)}</th>
              <th scope="col" className="ui-table__num">
                {t(p.columnImported)}
              </th>
              <th scope="col" className="ui-table__num">
                {t(p.columnRejected)}
              </th>
              <th scope="col">{t(p.columnStarted)}</th>
            </tr>
          </thead>
          <tbody>
            {imports.data.map((job) => (
              <tr key={job.id} data-testid="import-row" data-import-id={job.id} data-status={job.status}>
                <td>
                  <Link href={`/customers/imports/${job.id}`} className="customer-link" translate="no">
                    {job.fileName}
                  </Link>
                </td>
                <td>
                  <ImportStatusBadge status={job.status} />
                </td>
                <td className="import-history-table__progress">
                  <ImportProgressBar job={job} compact />
                </td>
                <td className="ui-table__num">{number.format(job.imported)}</td>
                <td className="ui-table__num">{number.format(job.rejected)}</td>
                <td className="cell-seen" title={dates.full(job.createdAt)}>
                  {dates.relative(job.createdAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Page>
  );
}
