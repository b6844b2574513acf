import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useLocale, useT } from '../app/i18n';
import { nodeRegistry } from '../app/node-registry';
import { useTRPC } from '../app/trpc';
import { ExperimentCard } from './ExperimentCard';
import { HoldoutCard } from './HoldoutCard';
import { experimentMessages as m } from './messages';
import './experiments.css';

/** `/journeys/:id/experiments`: every A/B/n test of the journey and its holdout. */
export function ExperimentsPage({ journeyId }: { journeyId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const journey = useQuery(trpc.journeys.get.queryOptions({ journeyId }));
  const report = useQuery(trpc.experiments.report.queryOptions({ journeyId }));
  const data = report.data;
  return (
    <main className="experiments-page" data-testid="experiments-page">
      <header className="experiments-header">
        <div>
          <h1>{t(m.title, { name: journey.data?.name ?? '…' })}</h1>
          <p className="experiments-muted">{t(m.subtitle)}</p>
        </div>
        <nav className="experiments-actions">
          <Link className="experiments-button" href={`/journeys/${journeyId}/insights`}>
            {t(m.insights)}
          </Link>
          <Link className="experiments-button" href="/settings/control-group">
            {t(m.controlGroup)}
          </Link>
          <Link className="experiments-button" href={`/journeys/${journeyId}`}>
            {t(m.openEditor)}
          </Link>
        </nav>
      </header>
      {report.isError && <p className="experiments-error">{t(m.loadFailed, { message: report.error.message })}</p>}
      {report.isPending && <p className="experiments-muted">{t(m.loading)}</p>}
      {data && data.experiments.length === 0 && data.holdout === null && (
        <p className="experiments-muted">{t(m.none)}</p>
      )}
      {data?.experiments.map((experiment) => (
        <ExperimentCard
          key={experiment.stepId}
          journeyId={journeyId}
          report={experiment}
          title={experiment.title ?? nodeRegistry.get(experiment.nodeType)?.title[locale] ?? ''}
        />
      ))}
      {data?.holdout && <HoldoutCard holdout={data.holdout} />}
    </main>
  );
}
