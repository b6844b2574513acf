import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../app/i18n';
import { Button } from '../ui';
import { useTRPC } from '../app/trpc';
import { rewardsMessages as m } from './messages';
import { optionalInt, parseCodes } from './reward-forms';
import { SaveError } from './SaveError';
import { useRefreshLoyalty } from './use-loyalty';

/** Creates a pattern pool (`SPRING-{8}`, optional inventory) or a list pool of uploaded codes. */
export function CouponPoolForm() {
  const t = useT();
  const trpc = useTRPC();
  const refresh = useRefreshLoyalty();
  const [name, setName] = useState('');
  const [source, setSource] = useState<'pattern' | 'list'>('pattern');
  const [pattern, setPattern] = useState('');
  const [inventory, setInventory] = useState('');
  const [codes, setCodes] = useState('');
  const [validityDays, setValidityDays] = useState('');
  const create = useMutation(trpc.loyalty.couponPools.create.mutationOptions({ onSuccess: refresh }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const common = { name, validityDays: optionalInt(validityDays) };
    create.mutate(
      source === 'pattern'
        ? { ...common, source, codePattern: pattern, inventory: optionalInt(inventory) }
        : { ...common, source, codes: parseCodes(codes) },
      { onSuccess: () => [setName, setPattern, setInventory, setCodes].forEach((clear) => clear('')) },
    );
  };
  return (
    <form className="rewards-form" data-testid="pool-form" onSubmit={submit}>
      <label>
        {t(m.name)}
        <input name="name" required value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        {t(m.source)}
        <select name="source" value={source} onChange={(event) => setSource(event.target.value as 'pattern' | 'list')}>
          <option value="pattern">{t(m.sourcePattern)}</option>
          <option value="list">{t(m.sourceList)}</option>
        </select>
      </label>
      {source === 'pattern' ? (
        <>
          <label>
            {t(m.codePattern)}
            <input name="codePattern" value={pattern} onChange={(event) => setPattern(event.target.value)} />
          </label>
          <label>
            {t(m.inventory)}
            <input
              name="inventory"
              type="number"
              min={0}
              placeholder={t(m.unlimited)}
              value={inventory}
              onChange={(event) => setInventory(event.target.value)}
            />
          </label>
        </>
      ) : (
        <label>
          {t(m.codes)}
          <textarea name="codes" rows={3} value={codes} onChange={(event) => setCodes(event.target.value)} />
        </label>
      )}
      <label>
        {t(m.validityDays)}
        <input
          name="validityDays"
          type="number"
          min={1}
          value={validityDays}
          onChange={(event) => setValidityDays(event.target.value)}
        />
      </label>
      <Button type="submit" variant="primary" data-testid="pool-create" disabled={create.isPending}>
        {t(m.create)}
      </Button>
      <SaveError error={create.error} />
    </form>
  );
}
