import { useQuery } from '@tanstack/react-query';
import { ArrowLeft } from 'lucide-react';
import { useLocale, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { Button, ButtonLink, Card, EmptyState, Page } from '../ui';
import { ImportControls } from './ImportControls';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportStatusBadge } from './ImportStatusBadge';
import { isActive, type ImportJob } from './import-types';
import { progressMessages as p } from './progress-messages';
import { RejectedRows } from './RejectedRows';
import './imports.css';

/** How often a running import is asked about: often enough for a bar that moves. */
const POLL_MS = 1_000;

const modeWords = { append: p.modeAppend, replace: p.modeReplace, remove: p.modeRemove } as const;

/** One import (`/customers/imports/:id`): progress live until it ends, its controls and its rejected rows. */
export function ImportProgressPage({ importId }: { importId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const job = useQuery({
    ...trpc.imports.get.queryOptions({ id: importId }),
    refetchInterval: (query) =>
      query.state.data !== undefined && !isActive(query.state.data.status) ? false : POLL_MS,
  });
  const back = (
    <ButtonLink href="/customers/imports" variant="ghost" size="sm" icon={ArrowLeft} className="back-link">
      {t(p.history)}
    </ButtonLink>
  );
  if (job.isPending || job.isError) {
    return (
      <Page className="import-page" title={t(p.historyTitle)} back={back}>
        {job.isPending ? (
          <p className="muted" role="status">
            {t(p.loading)}
          </p>
        ) : (
          <EmptyState compact role="alert" actions={<Button onClick={() => void job.refetch()}>{t(p.retry)}</Button>}>
            {t(p.loadFailed)}
          </EmptyState>
        )}
      </Page>
    );
  }
  return (
    <Page
      className="import-page"
      title={<span translate="no">{job.data.fileName}</span>}
      subtitle={<ImportStatusBadge status={job.data.status} />}
      back={back}
      actions={<ImportControls job={job.data} />}
      testId="import-progress-page"
    >
      <ImportSummary job={job.data} />
      {job.data.rejected > 0 && <RejectedRows job={job.data} />}
    </Page>
  );
}

function ImportSummary({ job }: { job: ImportJob }) {
  const t = useT();
  const { locale } = useLocale();
  const number = new Intl.NumberFormat(locale);
  const tiles = [
    { key: 'imported', label: p.imported, help: p.importedHelp, value: job.imported },
    { key: 'created', label: p.created, help: p.createdHelp, value: job.created },
    { key: 'rejected', label: p.rejected, help: p.rejectedHelp, value: job.rejected },
  ] as const;
  return (
    <Card className="import-summary-card">
      <ImportProgressBar job={job} />
      <dl className="import-counts">
        {tiles.map((tile) => (
          <div
            key={tile.key}
            className="import-counts__tile"
            data-testid={`import-count-${tile.key}`}
            data-value={tile.value}
          >
            <dt>{t(tile.label)}</dt>
            <dd className="import-counts__value">{number.format(tile.value)}</dd>
            <dd className="import-counts__help">{t(tile.help)}</dd>
          </div>
        ))}
      </dl>
      {job.list !== null && (
        <p className="import-list-note" data-testid="import-list">
          {t(p.list, { name: job.list.name, mode: t(modeWords[job.list.mode]) })}
        </p>
      )}
      {job.status === 'failed' && (
        <p className="ui-form-error" role="alert">
          {t(p.failed)}
        </p>
      )}
      {job.status === 'completed' && (
        <div className="import-actions import-actions--start">
          <ButtonLink href="/customers" variant="secondary">
            {t(p.viewCustomers)}
          </ButtonLink>
        </div>
      )}
    </Card>
  );
}
