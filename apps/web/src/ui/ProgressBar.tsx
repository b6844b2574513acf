import './progress-bar.css';

/** What the bar's colour says: still going, finished, on hold, or stopped before the end. */
export type ProgressTone = 'active' | 'done' | 'paused' | 'stopped';

export interface ProgressBarProps {
  /** The accessible name ("Import progress"). */
  label: string;
  value: number;
  /** null while the total is not known yet (the bar stays empty unless `tone` is done). */
  max: number | null;
  tone?: ProgressTone;
  size?: 'md' | 'sm';
  testId?: string;
  /** Extra attributes for tests (`data-processed`). */
  data?: Readonly<Record<`data-${string}`, string | number>>;
}

/** A horizontal progress bar (`role="progressbar"` with its value and maximum). */
export function ProgressBar({ label, value, max, tone = 'active', size = 'md', testId, data }: ProgressBarProps) {
  const share = max === null || max === 0 ? (tone === 'done' ? 1 : 0) : Math.min(1, value / max);
  return (
    <div
      className={`ui-progress ui-progress--${size}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max ?? undefined}
      aria-valuenow={max === null ? undefined : value}
      data-testid={testId}
      {...data}
    >
      <div className="ui-progress__fill" data-tone={tone} style={{ width: `${share * 100}%` }} />
    </div>
  );
}
