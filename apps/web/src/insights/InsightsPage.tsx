import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ArrowLeft, Download, FlaskConical, PenLine } from 'lucide-react';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { rangeBounds, type DateRange } from '../editor/analytics/date-range';
import { RangeSelect } from '../editor/analytics/RangeSelect';
import { ChannelTable } from './ChannelTable';
import { DailyChart } from './DailyChart';
import { downloadText } from '../app/download';
import { EnrollmentExplorer } from './EnrollmentExplorer';
import { KpiTiles } from './KpiTiles';
import { experimentMessages } from '../experiments/messages';
import { insightMessages as m } from './messages';
import { Button, ButtonLink, Page } from '../ui';
import './insights.css';
import { ErrorNotice } from '../app/ErrorNotice';
import { useErrorText } from '../app/error-text';

/** "Export CSV": fetches the stats of the range as CSV and downloads them. */
function ExportButton({ input }: { input: { journeyId: string; from?: string } }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const run = async () => {
    setState({ busy: true, error: null });
    try {
      const file = await queryClient.fetchQuery({ ...trpc.analytics.exportCsv.queryOptions(input), staleTime: 0 });
      downloadText(file.filename, file.csv);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: errorText(error) });
    }
  };
  return (
    <>
      {state.error !== null && (
        <span className="insights-error" role="alert">
          {t(m.exportFailed, { message: state.error })}
        </span>
      )}
      <Button icon={Download} data-testid="export-csv" disabled={state.busy} onClick={() => void run()}>
        {state.busy ? t(m.exporting) : t(m.exportCsv)}
      </Button>
    </>
  );
}

/** A journey's overview: KPIs, messages per channel, the daily chart, CSV export, and the enrollment explorer. */
export function InsightsPage({ journeyId }: { journeyId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const [range, setRange] = useState<DateRange>('30d');
  const input = useMemo(() => ({ journeyId, ...rangeBounds(range, new Date()) }), [journeyId, range]);
  const journey = useQuery(trpc.journeys.get.queryOptions({ journeyId }));
  const overview = useQuery(trpc.analytics.overview.queryOptions(input));
  return (
    <Page
      className="insights-page"
      width="wide"
      testId="insights-page"
      back={
        <ButtonLink href="/" variant="ghost" size="sm" icon={ArrowLeft} className="back-link">
          {t(m.allJourneys)}
        </ButtonLink>
      }
      title={t(m.title, { name: journey.data?.name ?? '…' })}
      subtitle={t(m.subtitle)}
      actions={
        <>
          <RangeSelect value={range} onChange={setRange} testId="insights-range" />
          <ExportButton input={input} />
          <ButtonLink icon={FlaskConical} href={`/journeys/${journeyId}/experiments`}>
            {t(experimentMessages.open)}
          </ButtonLink>
          <ButtonLink variant="primary" icon={PenLine} href={`/journeys/${journeyId}`}>
            {t(m.openEditor)}
          </ButtonLink>
        </>
      }
    >
      <div className="stack">
        {overview.isError && <ErrorNotice error={overview.error} lead={m.loadFailed} />}
        {overview.isPending && <p className="muted">{t(m.loading)}</p>}
        {overview.data && (
          <>
            <KpiTiles totals={overview.data} />
            <div className="insights-grid">
              <DailyChart rows={overview.data.daily} />
              <ChannelTable rows={overview.data.messages} />
            </div>
          </>
        )}
        <EnrollmentExplorer journeyId={journeyId} versionId={journey.data?.liveVersionId ?? undefined} />
      </div>
    </Page>
  );
}
