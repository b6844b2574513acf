import { useMutation } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import type { JourneyListEntry } from './journey-types';
import { journeyMessages } from './messages';
import { NameDialog } from './NameDialog';
import { TagsDialog } from './TagsDialog';
import { useInvalidateJourneys } from './use-invalidate-journeys';
import { useToast } from '../ui';
import { useErrorText } from '../app/error-text';

/** Which dialog is open: a new blank journey, renaming one, or its tags. */
export type DialogState =
  | { kind: 'create' }
  | { kind: 'rename'; journey: JourneyListEntry }
  | { kind: 'tags'; journey: JourneyListEntry }
  | null;

export interface JourneyDialogsProps {
  dialog: DialogState;
  onClose: () => void;
}

/** The create dialog (which opens the editor on success), the rename dialog and the tags dialog. */
export function JourneyDialogs({ dialog, onClose }: JourneyDialogsProps) {
  const t = useT();
  const toast = useToast();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const [, navigate] = useLocation();
  const onSuccess = useInvalidateJourneys();
  const create = useMutation(trpc.journeys.create.mutationOptions({ onSuccess }));
  const rename = useMutation(trpc.journeys.rename.mutationOptions({ onSuccess }));
  const close = () => {
    create.reset();
    rename.reset();
    onClose();
  };
  if (dialog === null) return null;
  if (dialog.kind === 'tags') return <TagsDialog journey={dialog.journey} onClose={onClose} />;
  if (dialog.kind === 'create') {
    return (
      <NameDialog
        title={t(journeyMessages.createTitle)}
        help={t(journeyMessages.createHelp)}
        initialName=""
        confirmLabel={t(journeyMessages.create)}
        confirmTestId="create-journey-confirm"
        pending={create.isPending}
        error={create.error ? errorText(create.error) : null}
        onClose={close}
        onConfirm={(name) => create.mutate({ name }, { onSuccess: (journey) => navigate(`/journeys/${journey.id}`) })}
      />
    );
  }
  const { journey } = dialog;
  return (
    <NameDialog
      title={t(journeyMessages.renameTitle)}
      initialName={journey.name}
      confirmLabel={t(journeyMessages.save)}
      confirmTestId="rename-journey-confirm"
      pending={rename.isPending}
      error={rename.error ? errorText(rename.error) : null}
      onClose={close}
      onConfirm={(name) =>
        rename.mutate(
          { journeyId: journey.id, name },
          {
            onSuccess: (renamed) => {
              close();
              toast.show(t(journeyMessages.renamed, { name: renamed.name }), 'success');
            },
          },
        )
      }
    />
  );
}
