import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Download, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { format, useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { Button, Dialog, Field, useToast } from '../../ui';
import { adminMessages as m } from '../messages';
import '../admin.css';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useErrorText } from '../../app/error-text';

const confirmWord = 'ERASE';

function download(fileName: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** The profile page's personal-data buttons: download the customer's data, erase the customer. */
export function CustomerPrivacyActions({ customerId }: { customerId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const exporting = useMutation({
    mutationFn: () => queryClient.fetchQuery({ ...trpc.privacy.exportData.queryOptions({ customerId }), staleTime: 0 }),
    onSuccess: (data) => download(`customer-${customerId}.json`, data),
    onError: (error) => toast.show(format(t(m.failed), { message: errorText(error) }), 'error'),
  });
  const erase = useMutation(
    trpc.privacy.eraseCustomer.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        toast.show(t(m.erased), 'success');
        void queryClient.invalidateQueries({ queryKey: trpc.customers.get.queryKey({ customerId }) });
      },
    }),
  );
  return (
    <div className="privacy-actions" data-testid="privacy-actions">
      <Button
        icon={Download}
        onClick={() => exporting.mutate()}
        disabled={exporting.isPending}
        data-testid="export-customer"
      >
        {t(m.exportData)}
      </Button>
      <Button variant="danger-ghost" icon={Trash2} onClick={() => setConfirming(true)} data-testid="erase-customer">
        {t(m.erase)}
      </Button>
      <Dialog
        isOpen={confirming}
        onClose={() => setConfirming(false)}
        title={t(m.erase)}
        closeLabel={t(m.cancel)}
        size="sm"
        role="alertdialog"
        dismissable={!erase.isPending}
      >
        <form
          className="erase-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed === confirmWord) erase.mutate({ customerId });
          }}
        >
          <p>{t(m.eraseExplain)}</p>
          <Field label={format(t(m.typeToConfirm), { word: confirmWord })}>
            {(control) => (
              <input
                {...control}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                data-testid="erase-confirm"
                autoComplete="off"
              />
            )}
          </Field>
          {erase.error && <ErrorNotice error={erase.error} lead={m.failed} />}
          <div className="erase-form__actions">
            <Button onClick={() => setConfirming(false)}>{t(m.cancel)}</Button>
            <Button
              type="submit"
              variant="danger"
              disabled={typed !== confirmWord || erase.isPending}
              data-testid="erase-submit"
            >
              {t(m.erase)}
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
