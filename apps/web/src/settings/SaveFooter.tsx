import type { ReactNode } from 'react';
import { ErrorNotice } from '../app/ErrorNotice';
import type { FieldNamer } from '../app/error-text';
import { useT } from '../app/i18n';
import { Button } from '../ui';
import { settingsMessages as m } from './messages';

interface SaveFooterProps {
  /** Why the last save (or other call of the card) failed; null when it did not. */
  error: unknown;
  /** The last save worked (said until the form changes again). */
  saved: boolean;
  pending: boolean;
  nameOf: FieldNamer;
  saveTestId: string;
  savedTestId: string;
  /** Further buttons beside Save. */
  children?: ReactNode;
}

/** The end of a settings card's form: why it was not saved or that it was, and its Save button. */
export function SaveFooter({ error, saved, pending, nameOf, saveTestId, savedTestId, children }: SaveFooterProps) {
  const t = useT();
  const failed = error !== null && error !== undefined;
  return (
    <>
      {failed && <ErrorNotice error={error} lead={m.saveFailed} nameOf={nameOf} />}
      {saved && !failed && (
        <p className="settings-notice" role="status" data-testid={savedTestId}>
          {t(m.saved)}
        </p>
      )}
      <div className="settings-card__actions">
        <Button type="submit" variant="primary" data-testid={saveTestId} disabled={pending}>
          {t(pending ? m.saving : m.save)}
        </Button>
        {children}
      </div>
    </>
  );
}
