import { useT } from '../app/i18n';
import { cumulativeRates, percent, type DayArms } from './figures';
import { experimentMessages as m } from './messages';

const WIDTH = 640;
const HEIGHT = 170;
const PAD = { left: 44, right: 12, top: 10, bottom: 22 };
/** One colour per variant, A first (up to eight). */
export const armColors = ['#64748b', '#2563eb', '#16a34a', '#d97706', '#9333ea', '#dc2626', '#0891b2', '#db2777'];

/** Each variant's cumulative conversion rate by day of entry, as SVG lines. */
export function ArmChart({ days, labels }: { days: readonly DayArms[]; labels: readonly string[] }) {
  const t = useT();
  const series = cumulativeRates(days, labels.length);
  if (series.length === 0) return <p className="experiments-muted">{t(m.noDays)}</p>;
  const width = WIDTH - PAD.left - PAD.right;
  const height = HEIGHT - PAD.top - PAD.bottom;
  const max = Math.max(0.01, ...series.flatMap((point) => point.rates.map((rate) => rate ?? 0)));
  const x = (index: number) => (series.length > 1 ? (index * width) / (series.length - 1) : width / 2);
  const y = (rate: number) => height - (rate / max) * height;
  return (
    <figure className="experiments-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t(m.chart)} data-testid="arm-chart">
        <g transform={`translate(${PAD.left} ${PAD.top})`}>
          <line x1={0} x2={width} y1={height} y2={height} stroke="#d9dde3" />
          <text x={-6} y={4} textAnchor="end" className="experiments-axis">
            {percent(max, 0)}
          </text>
          <text x={-6} y={height} textAnchor="end" className="experiments-axis">
            0%
          </text>
          <text x={0} y={height + 16} className="experiments-axis">
            {series[0]?.day.slice(5)}
          </text>
          <text x={width} y={height + 16} textAnchor="end" className="experiments-axis">
            {series.at(-1)?.day.slice(5)}
          </text>
          {labels.map((label, arm) =>
            series.map((point, index) => {
              const rate = point.rates[arm];
              return rate === null || rate === undefined ? null : (
                <circle
                  key={`${label}-${point.day}`}
                  cx={x(index)}
                  cy={y(rate)}
                  r={3}
                  fill={armColors[arm % armColors.length]}
                />
              );
            }),
          )}
          {labels.map((label, arm) => (
            <polyline
              key={label}
              fill="none"
              stroke={armColors[arm % armColors.length]}
              strokeWidth={2}
              data-arm={arm}
              points={series
                .flatMap((point, index) => {
                  const rate = point.rates[arm];
                  return rate === null || rate === undefined ? [] : [`${x(index).toFixed(1)},${y(rate).toFixed(1)}`];
                })
                .join(' ')}
            />
          ))}
        </g>
      </svg>
      <figcaption>
        {t(m.chart)}
        <ul className="experiments-legend">
          {labels.map((label, arm) => (
            <li key={label}>
              <span style={{ background: armColors[arm % armColors.length] }} />
              {label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
