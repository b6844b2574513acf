import { useLocale, useT, type LocalizedText } from '../app/i18n';
import { durationParts, formatRate } from './figures';
import { insightMessages as m } from './messages';

export interface OverviewTotals {
  enrolled: number;
  active: number;
  completed: number;
  exited: number;
  goalReached: number;
  conversionRate: number;
  medianTimeToConvertMs: number | null;
}

function Tile({ name, label, value, detail }: { name: string; label: string; value: string; detail?: string }) {
  return (
    <div className="kpi-tile" data-testid="kpi-tile" data-kpi={name}>
      <div className="kpi-tile__label">{label}</div>
      <div className="kpi-tile__value" data-testid="kpi-value">
        {value}
      </div>
      {detail !== undefined && <div className="kpi-tile__detail">{detail}</div>}
    </div>
  );
}

/** Enrolled, active, completed, exited, goal conversion and median time to convert. */
export function KpiTiles({ totals }: { totals: OverviewTotals }) {
  const t = useT();
  const { locale } = useLocale();
  const number = new Intl.NumberFormat(locale);
  const counts: [keyof OverviewTotals, LocalizedText][] = [
    ['enrolled', m.enrolled],
    ['active', m.active],
    ['completed', m.completed],
    ['exited', m.exited],
  ];
  const median = totals.medianTimeToConvertMs === null ? null : durationParts(totals.medianTimeToConvertMs);
  return (
    <div className="kpi-tiles">
      {counts.map(([key, label]) => (
        <Tile key={key} name={key} label={t(label)} value={number.format(totals[key] ?? 0)} />
      ))}
      <Tile
        name="conversion"
        label={t(m.conversion)}
        value={formatRate(totals.conversionRate, locale)}
        detail={t(m.conversionDetail, { count: number.format(totals.goalReached) })}
      />
      <Tile
        name="timeToConvert"
        label={t(m.timeToConvert)}
        value={median === null ? t(m.none) : t(m[median.unit], { n: number.format(median.n) })}
      />
    </div>
  );
}
