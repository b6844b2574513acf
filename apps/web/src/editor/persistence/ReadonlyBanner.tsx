import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useLocale, useT } from '../../app/i18n';
import { useTRPC, useTRPCClient } from '../../app/trpc';
import { editorMessages } from '../messages';
import { useEditorStore } from '../store/editor-context';
import { errorMessage } from './api-errors';
import { clearBackup } from './local-backup';

interface ReadonlyBannerProps {
  journeyId: string;
  version: { number: number; publishedAt: string };
  draftRevision: number;
}

/** Over an old version: says it is read-only, links back to the draft, offers to restore it. */
export function ReadonlyBanner({ journeyId, version, draftRevision }: ReadonlyBannerProps) {
  const t = useT();
  const { locale } = useLocale();
  const store = useEditorStore();
  const client = useTRPCClient();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [failure, setFailure] = useState<string | null>(null);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(version.publishedAt),
  );
  const restore = async () => {
    if (!window.confirm(t(editorMessages.restoreConfirm, { number: version.number }))) return;
    try {
      const { graph, name } = store.getState().doc;
      await client.journeys.saveDraft.mutate({ journeyId, graph, name, expectedRevision: draftRevision });
      clearBackup(journeyId);
      await queryClient.invalidateQueries({ queryKey: trpc.journeys.get.queryKey({ journeyId }) });
      navigate(`/journeys/${journeyId}`);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };
  return (
    <div className="banner banner--info" data-testid="readonly-banner">
      <div>
        <strong>{t(editorMessages.readonlyTitle, { number: version.number, date })}</strong>
        {failure && <span className="banner__error"> {t(editorMessages.restoreFailed, { message: failure })}</span>}
      </div>
      <div className="banner__actions">
        <button type="button" data-testid="restore-version" onClick={() => void restore()}>
          {t(editorMessages.restoreVersion)}
        </button>
        <Link href={`/journeys/${journeyId}`} className="button button--primary" data-testid="back-to-draft">
          {t(editorMessages.backToDraft)}
        </Link>
      </div>
    </div>
  );
}
