import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import { Button, Dialog } from '../../ui';
import { adminMessages as m } from '../messages';

/** Shows a newly created or rotated key once; closing it forgets the key for good. */
export function NewKeyDialog({ apiKey, onClose }: { apiKey: string; onClose: () => void }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(apiKey).then(() => setCopied(true));
  };
  return (
    <Dialog
      isOpen
      onClose={onClose}
      title={t(m.newKeyTitle)}
      description={t(m.copyOnce)}
      closeLabel={t(m.done)}
      testId="new-key-dialog"
      footer={
        <>
          <Button icon={copied ? Check : Copy} onClick={copy}>
            {copied ? t(m.copied) : t(m.copy)}
          </Button>
          <Button variant="primary" onClick={onClose} data-testid="new-key-done">
            {t(m.done)}
          </Button>
        </>
      }
    >
      <input
        readOnly
        value={apiKey}
        aria-label={t(m.newKeyTitle)}
        className="mono"
        data-testid="new-key-value"
        onFocus={(event) => event.target.select()}
      />
    </Dialog>
  );
}
