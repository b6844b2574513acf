import { useQuery } from '@tanstack/react-query';
import { ArrowLeft, ChartLine, FlaskConical, PenLine } from 'lucide-react';
import { ErrorNotice } from '../app/ErrorNotice';
import { useLocale, useT } from '../app/i18n';
import { nodeRegistry } from '../app/node-registry';
import { useTRPC } from '../app/trpc';
import { ButtonLink, EmptyState, Page } from '../ui';
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
    <Page
      className="experiments-page"
      width="wide"
      testId="experiments-page"
      back={
        <ButtonLink href="/" variant="ghost" size="sm" icon={ArrowLeft} className="back-link">
          {t(m.allJourneys)}
        </ButtonLink>
      }
      title={t(m.title, { name: journey.data?.name ?? '…' })}
      subtitle={t(m.subtitle)}
      actions={
        <>
          <ButtonLink icon={ChartLine} href={`/journeys/${journeyId}/insights`}>
            {t(m.insights)}
          </ButtonLink>
          <ButtonLink icon={FlaskConical} href="/settings/control-group">
            {t(m.controlGroup)}
          </ButtonLink>
          <ButtonLink variant="primary" icon={PenLine} href={`/journeys/${journeyId}`}>
            {t(m.openEditor)}
          </ButtonLink>
        </>
      }
    >
      {report.isError && <ErrorNotice error={report.error} lead={m.loadFailed} />}
      {report.isPending && <p className="muted">{t(m.loading)}</p>}
      {data && data.experiments.length === 0 && data.holdout === null && (
        <EmptyState icon={FlaskConical}>{t(m.none)}</EmptyState>
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
    </Page>
  );
}
