import type { Diagnostic, GraphChanges } from '@wayfarer/journey';
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n';
import { Button, Dialog, FormError } from '../../ui';
import { useViewportTools } from '../canvas/use-viewport-tools';
import { ProblemsPanel } from '../inspector';
import { editorMessages } from '../messages';
import type { Publisher } from '../persistence/use-publish';
import { useNodeLabels } from '../side-panel/use-node-labels';
import { useEditorStore } from '../store/editor-context';
import { ChangeSummary } from './ChangeSummary';
import { PublishWarnings } from './PublishWarnings';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useDescribeProblem } from '../side-panel/use-describe-problem';

function BlockedStep({ publisher, problems }: { publisher: Publisher; problems: readonly Diagnostic[] }) {
  const t = useT();
  const store = useEditorStore();
  const tools = useViewportTools();
  const labels = useNodeLabels();
  const describe = useDescribeProblem();
  const goTo = (nodeId: string) => {
    publisher.close();
    store.getState().select({ nodeIds: [nodeId] });
    tools.focusNode(nodeId);
  };
  return (
    <>
      <FormError>{t(editorMessages.publishBlocked)}</FormError>
      <ProblemsPanel problems={problems} nodeLabels={labels} describe={describe} onSelectNode={goTo} />
    </>
  );
}

interface ReviewStepProps {
  changes: GraphChanges;
  firstVersion: boolean;
  warnings: readonly Diagnostic[];
}

function ReviewStep({ changes, firstVersion, warnings }: ReviewStepProps) {
  const t = useT();
  return (
    <>
      <p>{t(firstVersion ? editorMessages.publishFirst : editorMessages.publishNext)}</p>
      <ChangeSummary changes={changes} />
      <PublishWarnings warnings={warnings} />
    </>
  );
}

function Body({ publisher }: { publisher: Publisher }): ReactNode {
  const t = useT();
  const { state } = publisher;
  switch (state.step) {
    case 'closed':
      return null;
    case 'checking':
      return <p>{t(editorMessages.publishChecking)}</p>;
    case 'conflict':
      return <FormError>{t(editorMessages.publishSaveFirst)}</FormError>;
    case 'unsaved':
      return <FormError>{t(editorMessages.publishUnsaved)}</FormError>;
    case 'failed':
      return <ErrorNotice error={state.error} lead={editorMessages.publishFailed} />;
    case 'blocked':
      return <BlockedStep publisher={publisher} problems={state.problems} />;
    case 'review':
    case 'publishing':
      return <ReviewStep changes={state.changes} firstVersion={state.firstVersion} warnings={state.warnings} />;
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}

/** The publish dialog: refused with the problems list, or a summary of changes to confirm. */
export function PublishDialog({ publisher }: { publisher: Publisher }) {
  const t = useT();
  const { state } = publisher;
  const reviewing = state.step === 'review' || state.step === 'publishing';
  const busy = state.step === 'publishing';
  return (
    <Dialog
      isOpen={state.step !== 'closed'}
      onClose={publisher.close}
      title={t(editorMessages.publishTitle)}
      closeLabel={t(editorMessages.close)}
      dismissable={!busy}
      size="lg"
      testId="publish-dialog"
      footer={
        reviewing ? (
          <>
            <Button onClick={publisher.close} disabled={busy}>
              {t(editorMessages.cancel)}
            </Button>
            <Button
              variant="primary"
              data-testid="publish-confirm"
              disabled={busy}
              autoFocus
              onClick={() => void publisher.confirm()}
            >
              {t(busy ? editorMessages.publishing : editorMessages.publishConfirm)}
            </Button>
          </>
        ) : undefined
      }
    >
      <div data-step={state.step} className="publish-dialog">
        <Body publisher={publisher} />
      </div>
    </Dialog>
  );
}
