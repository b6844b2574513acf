import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { format, useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { adminMessages as m } from '../messages';
import '../admin.css';

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
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const exporting = useMutation({
    mutationFn: () => queryClient.fetchQuery({ ...trpc.privacy.exportData.queryOptions({ customerId }), staleTime: 0 }),
    onSuccess: (data) => download(`customer-${customerId}.json`, data),
  });
  const erase = useMutation(
    trpc.privacy.eraseCustomer.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        void queryClient.invalidateQueries({ queryKey: trpc.customers.get.queryKey({ customerId }) });
      },
    }),
  );
  const failure = exporting.error ?? erase.error;
  return (
    <section className="privacy-actions" data-testid="privacy-actions">
      <button
        type="button"
        onClick={() => exporting.mutate()}
        disabled={exporting.isPending}
        data-testid="export-customer"
      >
        {t(m.exportData)}
      </button>
      {!confirming && (
        <button type="button" onClick={() => setConfirming(true)} data-testid="erase-customer">
          {t(m.erase)}
        </button>
      )}
      {confirming && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (typed === confirmWord) erase.mutate({ customerId });
          }}
        >
          <p>{t(m.eraseExplain)}</p>
          <input
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            data-testid="erase-confirm"
            aria-label={confirmWord}
          />
          <button type="submit" disabled={typed !== confirmWord || erase.isPending} data-testid="erase-submit">
            {t(m.erase)}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t(m.cancel)}
          </button>
        </form>
      )}
      {erase.isSuccess && <p role="status">{t(m.erased)}</p>}
      {failure && <p role="alert">{format(t(m.failed), { message: failure.message })}</p>}
    </section>
  );
}
