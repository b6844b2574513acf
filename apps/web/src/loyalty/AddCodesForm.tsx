import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../app/i18n';
import { Button } from '../ui';
import { useTRPC } from '../app/trpc';
import { rewardsMessages as m } from './messages';
import { parseCodes } from './reward-forms';
import { SaveError } from './SaveError';
import { useRefreshLoyalty } from './use-loyalty';

/** Uploads more codes to a list pool; says how many were new. */
export function AddCodesForm({ poolId }: { poolId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const refresh = useRefreshLoyalty();
  const [codes, setCodes] = useState('');
  const add = useMutation(trpc.loyalty.couponPools.addCodes.mutationOptions({ onSuccess: refresh }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseCodes(codes);
    if (parsed.length > 0) add.mutate({ poolId, codes: parsed }, { onSuccess: () => setCodes('') });
  };
  return (
    <form className="add-codes" data-testid="add-codes" onSubmit={submit}>
      <textarea
        name="codes"
        rows={1}
        aria-label={t(m.codes)}
        value={codes}
        onChange={(event) => setCodes(event.target.value)}
      />
      <Button type="submit" disabled={add.isPending}>
        {t(m.addCodes)}
      </Button>
      {add.data && (
        <span className="muted">{t(m.codesAdded, { added: add.data.added, skipped: add.data.skipped })}</span>
      )}
      <SaveError error={add.error} />
    </form>
  );
}
