import { useQuery } from '@tanstack/react-query';
import { Waypoints } from 'lucide-react';
import { useLocale, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { insightMessages as m } from './messages';
import { statusLabel } from './status-label';
import { RemoveEnrollment } from './RemoveEnrollment';
import { useAtFormat } from './use-at-format';
import { useVersionSteps } from './use-step-labels';
import { waitingText } from './waiting-text';
import { Badge, ButtonLink } from '../ui';
import { ErrorNotice } from '../app/ErrorNotice';
import { exitReasonText } from '../app/exit-reason';

/** One enrollment: where the customer is and waits, the path walked with timestamps, and removal. */
export function EnrollmentDetail({ journeyId, enrollmentId }: { journeyId: string; enrollmentId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const at = useAtFormat();
  const detail = useQuery(trpc.enrollments.get.queryOptions({ enrollmentId }));
  const steps = useVersionSteps(detail.data?.enrollment.journeyVersionId);
  const { locale } = useLocale();
  if (detail.isPending) return <p className="insights-muted">{t(m.loading)}</p>;
  if (detail.isError) return <ErrorNotice error={detail.error} lead={m.loadFailed} />;
  const { enrollment, path, current } = detail.data;
  const name = enrollment.displayName ?? enrollment.externalId;
  const label = steps.label;
  return (
    <div className="enrollment-detail" data-testid="enrollment-detail" data-status={enrollment.status}>
      <div className="enrollment-detail__head">
        <strong>{name}</strong>
        <Badge tone={enrollment.status === 'running' ? 'success' : 'neutral'} dot data-testid="enrollment-status">
          {t(statusLabel(enrollment.status))}
        </Badge>
        <span className="insights-muted">{t(m.entered, { at: at(enrollment.enteredAt) })}</span>
        {enrollment.finishedAt !== null && (
          <span className="insights-muted">{t(m.finished, { at: at(enrollment.finishedAt) })}</span>
        )}
        {enrollment.exitReason !== null && (
          <span className="insights-muted">
            {t(m.exitReason, { reason: exitReasonText(enrollment.exitReason, label, locale) })}
          </span>
        )}
      </div>
      {current !== null && current.stepId !== null && (
        <div className="enrollment-current" data-testid="enrollment-current" data-step-id={current.stepId}>
          <div>{t(m.current, { step: label(current.stepId) })}</div>
          <div data-testid="enrollment-waiting">{t(...waitingText(current.waitingFor, at))}</div>
        </div>
      )}
      <h3>{t(m.path)}</h3>
      <ol className="enrollment-path">
        {path.map((visit) => (
          <li key={`${visit.stepId}#${visit.visit}`} data-testid="path-step" data-step-id={visit.stepId}>
            <span className="enrollment-path__step">{label(visit.stepId)}</span>
            <time dateTime={visit.enteredAt}>{at(visit.enteredAt)}</time>
            <span className="insights-muted">
              {visit.leftAt === null
                ? t(m.here)
                : visit.port === null
                  ? t(m.left, { at: at(visit.leftAt) })
                  : t(m.leftBy, { port: steps.port(visit.stepId, visit.port), at: at(visit.leftAt) })}
            </span>
          </li>
        ))}
      </ol>
      <div className="enrollment-detail__actions">
        <ButtonLink
          icon={Waypoints}
          data-testid="show-path-on-canvas"
          href={`/journeys/${journeyId}/versions/${enrollment.journeyVersionId}?enrollment=${enrollment.enrollmentId}`}
        >
          {t(m.showOnCanvas)}
        </ButtonLink>
        <RemoveEnrollment
          enrollmentId={enrollment.enrollmentId}
          name={name}
          running={enrollment.status === 'running'}
        />
      </div>
    </div>
  );
}
