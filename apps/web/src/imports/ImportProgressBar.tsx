import { useLocale, useT } from '../app/i18n';
import { ProgressBar, type ProgressTone } from '../ui';
import type { ImportJob } from './import-types';
import { progressMessages as p } from './progress-messages';

const tones: Partial<Record<ImportJob['status'], ProgressTone>> = {
  completed: 'done',
  paused: 'paused',
  failed: 'stopped',
  cancelled: 'stopped',
};

/** Rows done of the file's rows, as a bar and in words (the total is known once the job has begun). */
export function ImportProgressBar({ job, compact = false }: { job: ImportJob; compact?: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const number = new Intl.NumberFormat(locale);
  const total = job.totalRows;
  return (
    <div className={compact ? 'import-progress import-progress--compact' : 'import-progress'}>
      <ProgressBar
        label={t(p.progressLabel)}
        value={job.processed}
        max={total}
        tone={tones[job.status] ?? 'active'}
        size={compact ? 'sm' : 'md'}
        testId="import-progress"
        data={{ 'data-processed': job.processed, 'data-total': total ?? '' }}
      />
      <span className="import-progress__text" data-testid="import-progress-text">
        {total === null
          ? t(p.rowsCounting)
          : t(p.rowsDone, { done: number.format(job.processed), total: number.format(total) })}
      </span>
    </div>
  );
}
