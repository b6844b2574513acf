import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useT } from '../../app/i18n';
import { InsightButtons } from '../analytics/InsightButtons';
import { editorMessages } from '../messages';
import { useEditorDeps } from '../store/editor-context';
import type { JourneyStatus } from '../persistence/use-journey-meta';
import { EditButtons } from './EditButtons';
import { JourneyNameField } from './JourneyNameField';
import { SettingsButton } from '../settings';
import { ProblemsIndicator } from './ProblemsIndicator';
import { JourneyStatusBadge } from './StatusBadges';
import { VersionsMenu } from './VersionsMenu';

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

/** The editor's top bar: name and status, editing tools, history, lifecycle actions. */
export function Toolbar({ journeyId, status, liveVersionId, versionId, saveSlot, actions }: ToolbarProps) {
  const t = useT();
  const { readOnly } = useEditorDeps();
  return (
    <div className="toolbar" role="toolbar" aria-label={t(editorMessages.journeyName)}>
      <Link
        href="/"
        className="toolbar__back"
        aria-label={t(editorMessages.backToJourneys)}
        title={t(editorMessages.backToJourneys)}
      >
        ←
      </Link>
      <JourneyNameField />
      {status && <JourneyStatusBadge status={status} />}
      {saveSlot}
      <div className="toolbar__spacer" />
      <EditButtons />
      <SettingsButton />
      {!readOnly && <ProblemsIndicator />}
      <InsightButtons journeyId={journeyId} versionId={versionId} liveVersionId={liveVersionId} />
      <VersionsMenu journeyId={journeyId} liveVersionId={liveVersionId} currentVersionId={versionId} />
      {actions}
    </div>
  );
}
