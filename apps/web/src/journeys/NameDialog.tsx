import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../app/i18n';
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
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(initialName);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '' && !pending) onConfirm(name.trim());
  };
  return (
    <dialog
      ref={dialog}
      className="name-dialog"
      aria-labelledby="name-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="name-dialog-title">{title}</h2>
        {help === undefined ? null : <p className="dialog-help">{help}</p>}
        <label className="field">
          <span>{t(journeyMessages.nameLabel)}</span>
          <input
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
        </label>
        {error === null ? null : (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={onClose}>
            {t(journeyMessages.cancel)}
          </button>
          <button
            type="submit"
            className="button primary"
            data-testid={confirmTestId}
            disabled={pending || name.trim() === ''}
          >
            {pending ? t(journeyMessages.working) : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
