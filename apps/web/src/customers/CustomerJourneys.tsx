import { Link } from 'wouter';
import { useLocale, useT, type LocalizedText } from '../app/i18n';
import type { CustomerEnrollment } from './customer-types';
import { customerMessages } from './messages';
import { Badge, type BadgeTone } from '../ui';
import { nodeRegistry } from '../app/node-registry';

const statusTones: Readonly<Record<CustomerEnrollment['status'], BadgeTone>> = {
  running: 'success',
  completed: 'info',
  exited: 'neutral',
};

const statusLabels: Readonly<Record<CustomerEnrollment['status'], LocalizedText>> = {
  running: customerMessages.statusRunning,
  completed: customerMessages.statusCompleted,
  exited: customerMessages.statusExited,
};

export interface CustomerJourneysProps {
  enrollments: readonly CustomerEnrollment[];
  relative: (iso: string) => string;
  full: (iso: string) => string;
}

/** The journeys the customer entered: status, version, and the step they are at (or ended on). */
export function CustomerJourneys({ enrollments, relative, full }: CustomerJourneysProps) {
  const t = useT();
  const { locale } = useLocale();
  const stepName = (step: { label: string | null; type: string | null }) =>
    step.label ?? (step.type === null ? undefined : nodeRegistry.get(step.type)?.title[locale]) ?? '…';
  return (
    <section className="ui-card profile-card" data-testid="customer-journeys">
      <h2>{t(customerMessages.journeys)}</h2>
      {enrollments.length === 0 ? (
        <p className="muted">{t(customerMessages.noJourneys)}</p>
      ) : (
        <ul className="enrollment-list">
          {enrollments.map((enrollment) => (
            <li key={enrollment.id} className="enrollment" data-status={enrollment.status}>
              <div className="enrollment-head">
                <Link href={`/journeys/${enrollment.journeyId}`} className="customer-link">
                  {enrollment.journeyName}
                </Link>
                <Badge>{t(customerMessages.version, { number: enrollment.versionNumber })}</Badge>
                <Badge tone={statusTones[enrollment.status]} dot>
                  {t(statusLabels[enrollment.status])}
                </Badge>
              </div>
              <div className="muted enrollment-meta">
                <span title={full(enrollment.enteredAt)}>
                  {t(customerMessages.entered, { when: relative(enrollment.enteredAt) })}
                </span>
                {enrollment.finishedAt !== null && (
                  <span title={full(enrollment.finishedAt)}>
                    {' · '}
                    {t(customerMessages.finished, { when: relative(enrollment.finishedAt) })}
                  </span>
                )}
              </div>
              {enrollment.currentStep !== null && (
                <div className="current-step" data-step-id={enrollment.currentStep.stepId}>
                  <span className="muted">
                    {t(enrollment.status === 'running' ? customerMessages.currentStep : customerMessages.lastStep)}:
                  </span>{' '}
                  <strong>{stepName(enrollment.currentStep)}</strong>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
