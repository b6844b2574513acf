import { useState, type FormEvent } from 'react';
import { useT } from '../app/i18n';
import { Button, Dialog, Field } from '../ui';
import { journeyMessages } from './messages';

export interface NameDialogProps {
  title: string;
  help?: string;
  initialName: string;
  confirmLabel: string;
  /** Test hook of the confirm button. */
  confirmTestId: string;
  pending: boolean;
  error: string | null;
  onConfirm: (name: string) => void;
  onClose: () => void;
}

/** A small modal asking for a journey name: Enter confirms, Escape cancels, focus starts in the field. */
export function NameDialog({
  title,
  help,
  initialName,
  confirmLabel,
  confirmTestId,
  pending,
  error,
  onConfirm,
  onClose,
}: NameDialogProps) {
  const t = useT();
  const [name, setName] = useState(initialName);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '' && !pending) onConfirm(name.trim());
  };
  return (
    <Dialog
      isOpen
      onClose={onClose}
      title={title}
      description={help}
      closeLabel={t(journeyMessages.cancel)}
      size="sm"
      dismissable={!pending}
    >
      <form onSubmit={submit} className="name-dialog">
        <Field label={t(journeyMessages.nameLabel)} error={error ?? undefined}>
          {(control) => (
            <input
              {...control}
              name="journeyName"
              value={name}
              maxLength={200}
              placeholder={t(journeyMessages.namePlaceholder)}
              autoComplete="off"
              autoFocus
              required
              onChange={(event) => setName(event.target.value)}
              onFocus={(event) => event.target.select()}
            />
          )}
        </Field>
        <div className="name-dialog__actions">
          <Button onClick={onClose}>{t(journeyMessages.cancel)}</Button>
          <Button type="submit" variant="primary" data-testid={confirmTestId} disabled={pending || name.trim() === ''}>
            {pending ? t(journeyMessages.working) : confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
