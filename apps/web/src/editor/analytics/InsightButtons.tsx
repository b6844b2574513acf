import { ChartColumn, FlaskConical } from 'lucide-react';
import { Button, ButtonLink } from '../../ui';
import { useT } from '../../app/i18n';
import { useEditor, useEditorStore } from '../store/editor-context';
import { CountsControl } from './CountsControl';
import { analyticsMessages as m } from './messages';

interface InsightButtonsProps {
  journeyId: string;
  /** The published version shown read-only, if any. */
  versionId: string | undefined;
  liveVersionId: string | null;
}

/** The toolbar's insight tools: counts on the canvas, the test-run panel, and the overview page. */
export function InsightButtons({ journeyId, versionId, liveVersionId }: InsightButtonsProps) {
  const t = useT();
  const store = useEditorStore();
  const simulationOpen = useEditor((state) => state.insightPanel === 'simulation');
  return (
    <div className="toolbar__group">
      <CountsControl
        journeyId={journeyId}
        versionId={versionId}
        published={versionId !== undefined || liveVersionId !== null}
      />
      <Button
        variant="ghost"
        icon={FlaskConical}
        collapsible
        data-testid="test-run-button"
        aria-pressed={simulationOpen}
        onClick={() => store.getState().openInsightPanel(simulationOpen ? null : 'simulation')}
      >
        {t(m.testRun)}
      </Button>
      <ButtonLink
        variant="ghost"
        icon={ChartColumn}
        iconOnly
        href={`/journeys/${journeyId}/insights`}
        data-testid="insights-link"
      >
        {t(m.insights)}
      </ButtonLink>
    </div>
  );
}
