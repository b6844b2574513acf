import { useLocale, useT } from '../app/i18n';
import type { ImportJob } from './import-types';
import { progressMessages as p } from './progress-messages';

/** Rows done of the file's rows, as a bar and in words (the total is known once the job has begun). */
export function ImportProgressBar({ job, compact = false }: { job: ImportJob; compact?: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const number = new Intl.NumberFormat(locale);
  const total = job.totalRows;
  const share = total === null || total === 0 ? (job.status === 'completed' ? 1 : 0) : job.processed / total;
  return (
    <div className={compact ? 'import-progress import-progress--compact' : 'import-progress'}>
      <div
        className="import-progress__track"
        role="progressbar"
        aria-label={t(p.progressLabel)}
        aria-valuemin={0}
        aria-valuemax={total ?? undefined}
        aria-valuenow={total === null ? undefined : job.processed}
        data-testid="import-progress"
        data-processed={job.processed}
        data-total={total ?? ''}
      >
        <div
          className="import-progress__fill"
          data-status={job.status}
          style={{ width: `${Math.min(1, share) * 100}%` }}
        />
      </div>
      <span className="import-progress__text" data-testid="import-progress-text">
        {total === null
          ? t(p.rowsCounting)
          : t(p.rowsDone, { done: number.format(job.processed), total: number.format(total) })}
      </span>
    </div>
  );
}
