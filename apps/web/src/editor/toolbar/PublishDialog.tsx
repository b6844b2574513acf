import { useEffect, useRef, type MouseEvent } from 'react';
import type { Diagnostic, GraphChanges } from '@wayfarer/journey';
import { useT } from '../../app/i18n';
import { useViewportTools } from '../canvas/use-viewport-tools';
import { ProblemsPanel } from '../inspector';
import { editorMessages } from '../messages';
import type { Publisher } from '../persistence/use-publish';
import { useNodeLabels } from '../side-panel/use-node-labels';
import { useEditorStore } from '../store/editor-context';
import { ChangeSummary } from './ChangeSummary';
import { PublishWarnings } from './PublishWarnings';

function BlockedStep({ publisher, problems }: { publisher: Publisher; problems: readonly Diagnostic[] }) {
  const t = useT();
  const store = useEditorStore();
  const tools = useViewportTools();
  const labels = useNodeLabels();
  const goTo = (nodeId: string) => {
    publisher.close();
    store.getState().select({ nodeIds: [nodeId] });
    tools.focusNode(nodeId);
  };
  return (
    <>
      <p className="dialog__error">{t(editorMessages.publishBlocked)}</p>
      <ProblemsPanel problems={problems} nodeLabels={labels} onSelectNode={goTo} />
    </>
  );
}

function ReviewStep({
  publisher,
  changes,
  firstVersion,
  warnings,
  busy,
}: {
  publisher: Publisher;
  changes: GraphChanges;
  firstVersion: boolean;
  warnings: readonly Diagnostic[];
  busy: boolean;
}) {
  const t = useT();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <>
      <p>{t(firstVersion ? editorMessages.publishFirst : editorMessages.publishNext)}</p>
      <ChangeSummary changes={changes} />
      <PublishWarnings warnings={warnings} />
      <div className="dialog__actions">
        <button type="button" onClick={publisher.close}>
          {t(editorMessages.cancel)}
        </button>
        <button
          ref={confirmRef}
          type="button"
          className="button--primary"
          data-testid="publish-confirm"
          disabled={busy}
          onClick={() => void publisher.confirm()}
        >
          {t(busy ? editorMessages.publishing : editorMessages.publishConfirm)}
        </button>
      </div>
    </>
  );
}

function Body({ publisher }: { publisher: Publisher }) {
  const t = useT();
  const { state } = publisher;
  switch (state.step) {
    case 'closed':
      return null;
    case 'checking':
      return <p>{t(editorMessages.publishChecking)}</p>;
    case 'conflict':
      return <p className="dialog__error">{t(editorMessages.publishSaveFirst)}</p>;
    case 'failed':
      return <p className="dialog__error">{t(editorMessages.publishFailed, { message: state.message })}</p>;
    case 'blocked':
      return <BlockedStep publisher={publisher} problems={state.problems} />;
    case 'review':
    case 'publishing':
      return (
        <ReviewStep
          publisher={publisher}
          changes={state.changes}
          firstVersion={state.firstVersion}
          warnings={state.warnings}
          busy={state.step === 'publishing'}
        />
      );
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}

/** The publish dialog: refused with the problems list, or a summary of changes to confirm. */
export function PublishDialog({ publisher }: { publisher: Publisher }) {
  const t = useT();
  const open = publisher.state.step !== 'closed';
  const { close } = publisher;
  useEffect(() => {
    if (!open) return;
    // On the window: focus may be anywhere (even on the body) while the dialog is up.
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open, close]);
  if (!open) return null;
  const onBackdrop = (event: MouseEvent) => {
    if (event.target === event.currentTarget && publisher.state.step !== 'publishing') close();
  };
  return (
    <div className="dialog-backdrop" onMouseDown={onBackdrop}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="publish-title"
        data-testid="publish-dialog"
        data-step={publisher.state.step}
      >
        <header className="dialog__header">
          <h2 id="publish-title">{t(editorMessages.publishTitle)}</h2>
          <button
            type="button"
            className="dialog__close"
            aria-label={t(editorMessages.close)}
            onClick={publisher.close}
            autoFocus
          >
            ×
          </button>
        </header>
        <Body publisher={publisher} />
      </div>
    </div>
  );
}
