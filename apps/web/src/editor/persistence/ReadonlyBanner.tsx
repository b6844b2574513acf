import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { Eye, RotateCcw } from 'lucide-react';
import { Button, ButtonLink, ConfirmDialog } from '../../ui';
import { useLocale, useT } from '../../app/i18n';
import { useTRPC, useTRPCClient } from '../../app/trpc';
import { editorMessages } from '../messages';
import { useEditorStore } from '../store/editor-context';
import { clearBackup } from './local-backup';
import { useErrorText } from '../../app/error-text';

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
  const errorText = useErrorText();
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(version.publishedAt),
  );
  const restore = async () => {
    setConfirming(false);
    try {
      const { graph, name } = store.getState().doc;
      await client.journeys.saveDraft.mutate({ journeyId, graph, name, expectedRevision: draftRevision });
      clearBackup(journeyId);
      await queryClient.invalidateQueries({ queryKey: trpc.journeys.get.queryKey({ journeyId }) });
      navigate(`/journeys/${journeyId}`);
    } catch (error) {
      setFailure(errorText(error));
    }
  };
  return (
    <div className="banner banner--info" data-testid="readonly-banner">
      <Eye size={16} aria-hidden="true" className="banner__icon" />
      <div className="banner__text">
        <strong>{t(editorMessages.readonlyTitle, { number: version.number, date })}</strong>
        {failure && <span className="banner__error"> {t(editorMessages.restoreFailed, { message: failure })}</span>}
      </div>
      <div className="banner__actions">
        <Button size="sm" icon={RotateCcw} data-testid="restore-version" onClick={() => setConfirming(true)}>
          {t(editorMessages.restoreVersion)}
        </Button>
        <ButtonLink size="sm" variant="primary" href={`/journeys/${journeyId}`} data-testid="back-to-draft">
          {t(editorMessages.backToDraft)}
        </ButtonLink>
      </div>
      <ConfirmDialog
        isOpen={confirming}
        title={t(editorMessages.restoreVersion)}
        body={t(editorMessages.restoreConfirm, { number: version.number })}
        confirmLabel={t(editorMessages.restoreVersion)}
        cancelLabel={t(editorMessages.cancel)}
        confirmTestId="restore-confirm"
        onCancel={() => setConfirming(false)}
        onConfirm={() => void restore()}
      />
    </div>
  );
}
