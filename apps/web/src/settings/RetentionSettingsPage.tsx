import { useQuery } from '@tanstack/react-query';
import { useLocale, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { Button, EmptyState, Page, Table } from '../ui';
import { RetentionForm, type Retention } from './RetentionForm';
import { retentionMessages as m } from './retention.i18n';
import './settings.css';

/** Settings → Data retention (`/settings/retention`): days to keep each history, and recent clean-ups. */
export function RetentionSettingsPage() {
  const t = useT();
  const trpc = useTRPC();
  const retention = useQuery(trpc.retention.get.queryOptions());
  return (
    <Page className="settings-page" width="wide" title={t(m.title)} subtitle={t(m.subtitle)}>
      {retention.isError ? (
        <EmptyState
          compact
          role="alert"
          actions={<Button onClick={() => void retention.refetch()}>{t(m.retry)}</Button>}
        >
          {t(m.loadFailed)}
        </EmptyState>
      ) : retention.isPending ? (
        <p className="muted" role="status">
          {t(m.loading)}
        </p>
      ) : (
        <div className="settings-grid">
          <RetentionForm key={JSON.stringify(retention.data.settings)} retention={retention.data} />
          <RetentionRuns runs={retention.data.runs} />
        </div>
      )}
    </Page>
  );
}

/** What the latest daily clean-ups deleted, per kind of history. */
function RetentionRuns({ runs }: { runs: Retention['runs'] }) {
  const t = useT();
  const { locale } = useLocale();
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const count = new Intl.NumberFormat(locale);
  return (
    <section className="settings-card" data-testid="retention-runs">
      <header className="settings-card-header">
        <h2>{t(m.runsTitle)}</h2>
      </header>
      {runs.length === 0 ? (
        <p className="muted">{t(m.noRuns)}</p>
      ) : (
        <Table>
          <thead>
            <tr>
              <th scope="col">{t(m.started)}</th>
              <th scope="col">{t(m.eventsDays)}</th>
              <th scope="col">{t(m.stepEventsDays)}</th>
              <th scope="col">{t(m.messagesDays)}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id} data-testid="retention-run">
                <td className="nowrap">
                  {when.format(new Date(run.startedAt))}
                  {run.finishedAt === null && ` · ${t(m.inProgress)}`}
                </td>
                <td>{count.format(run.deleted.events)}</td>
                <td>{count.format(run.deleted.stepEvents)}</td>
                <td>{count.format(run.deleted.messages)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
