import { CircleCheck, Rocket } from 'lucide-react';
import { useT } from '../../app/i18n';
import { ApprovalControls, useHasRole } from '../../auth';
import { Button } from '../../ui';
import { editorMessages } from '../messages';
import type { Autosaver } from '../persistence/autosaver';
import { usePublish } from '../persistence/use-publish';
import { PublishDialog } from './PublishDialog';

interface PublishButtonProps {
  journeyId: string;
  liveVersionId: string | null;
  autosave: Autosaver;
  disabled: boolean;
}

/** Publish: saves, checks, shows what changes, then publishes on confirmation. */
export function PublishButton({ journeyId, liveVersionId, autosave, disabled }: PublishButtonProps) {
  const t = useT();
  const publisher = usePublish(journeyId, liveVersionId, autosave);
  const mayPublish = useHasRole('publisher');
  const approvals = <ApprovalControls journeyId={journeyId} flush={autosave.flush} />;
  // Publishing needs the publisher role: others only see the approval controls (if any).
  if (!mayPublish) return approvals;
  return (
    <>
      {approvals}
      {publisher.published !== null && (
        <span className="publish-notice" role="status" data-testid="publish-notice">
          <CircleCheck size={14} aria-hidden="true" />
          <span className="publish-notice__text">{t(editorMessages.published, { number: publisher.published })}</span>
        </span>
      )}
      <Button
        variant="primary"
        icon={Rocket}
        data-testid="publish"
        disabled={disabled || publisher.state.step !== 'closed'}
        onClick={() => void publisher.start()}
      >
        {t(editorMessages.publish)}
      </Button>
      <PublishDialog publisher={publisher} />
    </>
  );
}
