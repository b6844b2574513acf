import { useT } from '../../app/i18n';
import { dateRanges, isDateRange, type DateRange } from './date-range';
import { analyticsMessages as m } from './messages';
import { rangeLabels } from './range-messages';

/** The date-range dropdown: last 24 h / 7 d / 30 d / all time. */
export function RangeSelect({
  value,
  onChange,
  testId,
}: {
  value: DateRange;
  onChange: (range: DateRange) => void;
  testId: string;
}) {
  const t = useT();
  return (
    <select
      className="range-select"
      data-testid={testId}
      aria-label={t(m.range)}
      value={value}
      onChange={(event) => {
        if (isDateRange(event.target.value)) onChange(event.target.value);
      }}
    >
      {dateRanges.map((range) => (
        <option key={range} value={range}>
          {t(rangeLabels[range])}
        </option>
      ))}
    </select>
  );
}
