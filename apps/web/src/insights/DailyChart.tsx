import { useT, type LocalizedText } from '../app/i18n';
import { dailyChart, type DailyRow, type SeriesKey } from './chart-geometry';
import { insightMessages as m } from './messages';

const WIDTH = 640;
const HEIGHT = 160;
const PAD = { left: 32, right: 12, top: 10, bottom: 22 };

const series: Record<SeriesKey, { label: LocalizedText; color: string }> = {
  entered: { label: m.seriesEntered, color: 'var(--color-info-500)' },
  completed: { label: m.seriesCompleted, color: 'var(--color-success-500)' },
  exited: { label: m.seriesExited, color: 'var(--color-gray-400)' },
  goalReached: { label: m.seriesGoal, color: 'var(--color-warning-500)' },
};

/** Entered / completed / exited / goal reached per day, as plain SVG lines. */
export function DailyChart({ rows }: { rows: readonly DailyRow[] }) {
  const t = useT();
  const chart = dailyChart(rows, WIDTH - PAD.left - PAD.right, HEIGHT - PAD.top - PAD.bottom);
  return (
    <section className="ui-card insights-card">
      <h2>{t(m.daily)}</h2>
      {chart.days.length === 0 ? (
        <p className="insights-muted">{t(m.noDays)}</p>
      ) : (
        <>
          <svg
            className="daily-chart"
            data-testid="daily-chart"
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="img"
            aria-label={t(m.daily)}
          >
            <g transform={`translate(${PAD.left} ${PAD.top})`}>
              <line x1={0} x2={chart.width} y1={chart.height} y2={chart.height} stroke="var(--color-gray-200)" />
              <text x={-6} y={4} textAnchor="end" className="daily-chart__axis">
                {chart.max}
              </text>
              <text x={-6} y={chart.height} textAnchor="end" className="daily-chart__axis">
                0
              </text>
              {chart.ticks.map((tick) => (
                <text key={tick.x} x={tick.x} y={chart.height + 16} textAnchor="middle" className="daily-chart__axis">
                  {tick.label}
                </text>
              ))}
              {chart.series.map((line) => (
                <polyline
                  key={line.key}
                  points={line.points}
                  fill="none"
                  stroke={series[line.key].color}
                  strokeWidth={2}
                  data-series={line.key}
                />
              ))}
            </g>
          </svg>
          <ul className="daily-chart__legend">
            {chart.series.map((line) => (
              <li key={line.key}>
                <span className={`daily-chart__swatch daily-chart__swatch--${line.key}`} aria-hidden="true" />
                {t(series[line.key].label)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
