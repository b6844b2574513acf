import { useState } from 'react';
import { useT } from '../../app/i18n';
import type { DateRange } from './date-range';
import { analyticsMessages as m } from './messages';
import { RangeSelect } from './RangeSelect';
import { useLiveCounts, type CountsScope } from './use-live-counts';
import { Activity } from 'lucide-react';
import { Button } from '../../ui';
import './analytics.css';
import { useErrorText } from '../../app/error-text';

/** Mounted while counts are shown: keeps the badges on the canvas current. */
function LiveCounts(scope: CountsScope) {
  const t = useT();
  const errorText = useErrorText();
  const { error, live } = useLiveCounts(scope);
  if (error) {
    return (
      <span className="counts-control__error" role="alert" data-testid="counts-error">
        {t(m.countsFailed, { message: errorText(error) })}
      </span>
    );
  }
  return (
    <span
      className={live ? 'counts-control__live is-live' : 'counts-control__live'}
      data-testid="counts-live"
      data-live={live}
      title={t(scope.versionId === undefined ? m.countsScopeAll : m.countsScopeVersion)}
    >
      {t(m.live)}
    </span>
  );
}

interface CountsControlProps {
  journeyId: string;
  /** The version shown (viewer); undefined in the draft: the live version, matched by step id. */
  versionId: string | undefined;
  /** Counts exist only once something was published. */
  published: boolean;
}

/** The toolbar's "Show counts" toggle and its date range. */
export function CountsControl({ journeyId, versionId, published }: CountsControlProps) {
  const t = useT();
  const [shown, setShown] = useState(false);
  const [range, setRange] = useState<DateRange>('all');
  return (
    <div className="counts-control">
      <Button
        variant="ghost"
        icon={Activity}
        collapsible
        data-testid="show-counts"
        aria-pressed={shown}
        aria-label={t(m.showCounts)}
        disabled={!published}
        title={t(published ? m.showCountsHint : m.countsNeedVersion)}
        onClick={() => setShown(!shown)}
      >
        {t(m.showCounts)}
      </Button>
      {shown && (
        <>
          <RangeSelect value={range} onChange={setRange} testId="counts-range" />
          <LiveCounts journeyId={journeyId} versionId={versionId} range={range} />
        </>
      )}
    </div>
  );
}
