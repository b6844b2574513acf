import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n';
import { ButtonLink } from '../../ui';
import { InsightButtons } from '../analytics/InsightButtons';
import { editorMessages } from '../messages';
import { useEditorDeps } from '../store/editor-context';
import type { JourneyStatus } from '../persistence/use-journey-meta';
import { EditButtons } from './EditButtons';
import { JourneyNameField } from './JourneyNameField';
import { SettingsButton } from '../settings';
import { ProblemsIndicator } from './ProblemsIndicator';
import { JourneyStatusBadge } from './StatusBadges';
import { UnpublishedBadge, useUnpublishedChanges } from './UnpublishedBadge';
import { VersionsMenu } from './VersionsMenu';
import { RunDateTriggerButton } from '../date-trigger/RunDateTrigger';
import './toolbar.css';

interface ToolbarProps {
  journeyId: string;
  status: JourneyStatus | undefined;
  liveVersionId: string | null;
  versionId?: string;
  /** Left of the name: e.g. the save status. */
  saveSlot?: ReactNode;
  /** Right end: lifecycle and publish actions (the draft only). */
  actions?: ReactNode;
}

/**
 * The editor's top bar, one row at every width: name and status on the left, tools on the right.
 * Tool labels shrink to their icons (with tooltips) where the bar is narrow; Publish keeps its word.
 */
export function Toolbar({ journeyId, status, liveVersionId, versionId, saveSlot, actions }: ToolbarProps) {
  const t = useT();
  const { readOnly } = useEditorDeps();
  const draft = versionId === undefined && status !== 'archived';
  const unpublished = useUnpublishedChanges(draft ? liveVersionId : null);
  return (
    <div className="toolbar" role="toolbar" aria-label={t(editorMessages.journeyName)}>
      <div className="toolbar__start" data-unpublished={unpublished === undefined ? undefined : String(unpublished)}>
        <ButtonLink href="/" variant="ghost" icon={ArrowLeft} iconOnly className="toolbar__back">
          {t(editorMessages.backToJourneys)}
        </ButtonLink>
        <JourneyNameField />
        {status && <JourneyStatusBadge status={status} />}
        {unpublished === true && <UnpublishedBadge />}
        {saveSlot}
      </div>
      <div className="toolbar__end">
        <EditButtons />
        <span className="toolbar__divider" aria-hidden="true" />
        <SettingsButton />
        {!readOnly && <ProblemsIndicator />}
        <InsightButtons journeyId={journeyId} versionId={versionId} liveVersionId={liveVersionId} />
        {versionId === undefined && <RunDateTriggerButton journeyId={journeyId} status={status} />}
        <VersionsMenu journeyId={journeyId} liveVersionId={liveVersionId} currentVersionId={versionId} />
        {actions}
      </div>
    </div>
  );
}
