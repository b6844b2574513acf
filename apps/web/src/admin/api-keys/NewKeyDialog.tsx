import { useState } from 'react';
import { useT } from '../../app/i18n';
import { adminMessages as m } from '../messages';

/** Shows a newly created or rotated key once; closing it forgets the key for good. */
export function NewKeyDialog({ apiKey, onClose }: { apiKey: string; onClose: () => void }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(apiKey).then(() => setCopied(true));
  };
  return (
    <div className="admin-dialog" role="dialog" aria-modal="true" data-testid="new-key-dialog">
      <p>{t(m.copyOnce)}</p>
      <input readOnly value={apiKey} size={60} data-testid="new-key-value" onFocus={(event) => event.target.select()} />
      <div className="admin-dialog-actions">
        <button type="button" onClick={copy}>
          {copied ? t(m.copied) : t(m.copy)}
        </button>
        <button type="button" className="button--primary" onClick={onClose} data-testid="new-key-done">
          {t(m.done)}
        </button>
      </div>
    </div>
  );
}
