import { ArrowLeft } from 'lucide-react';
import { ButtonLink, EmptyState } from '../ui';
import { useT } from '../app/i18n';
import { editorMessages } from './messages';
import { useErrorText } from '../app/error-text';

/** Loading and error states of the editor page. */
export function PageStatus({ error }: { error?: unknown }) {
  const t = useT();
  const errorText = useErrorText();
  if (error === undefined) {
    return (
      <main className="editor-status" aria-busy="true">
        {t(editorMessages.loading)}
      </main>
    );
  }
  return (
    <main className="editor-status">
      <EmptyState
        compact
        role="alert"
        actions={
          <ButtonLink href="/" icon={ArrowLeft}>
            {t(editorMessages.backToJourneys)}
          </ButtonLink>
        }
      >
        {t(editorMessages.loadFailed, { message: errorText(error) })}
      </EmptyState>
    </main>
  );
}
