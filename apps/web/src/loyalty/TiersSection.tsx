import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../app/i18n';
import { Button } from '../ui';
import { useTRPC } from '../app/trpc';
import { ListState } from './ListState';
import { rewardsMessages as m } from './messages';
import { SaveError } from './SaveError';
import { useRefreshLoyalty } from './use-loyalty';

const emptyTier = {
  key: '',
  name: '',
  rank: '1',
  metric: 'points' as 'points' | 'spend',
  threshold: '0',
  months: '12',
};

function TierForm() {
  const t = useT();
  const trpc = useTRPC();
  const refresh = useRefreshLoyalty();
  const [draft, setDraft] = useState(emptyTier);
  const create = useMutation(trpc.loyalty.tiers.create.mutationOptions({ onSuccess: refresh }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { key, name, metric } = draft;
    const input = {
      key,
      name,
      metric,
      rank: Number(draft.rank),
      threshold: Number(draft.threshold),
      windowMonths: Number(draft.months),
    };
    create.mutate(input, { onSuccess: () => setDraft(emptyTier) });
  };
  const field = (name: 'key' | 'name' | 'rank' | 'threshold' | 'months', type = 'text') => (
    <input
      name={name}
      type={type}
      value={draft[name]}
      onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
    />
  );
  return (
    <form className="rewards-form" data-testid="tier-form" onSubmit={submit}>
      <label>
        {t(m.key)}
        {field('key')}
      </label>
      <label>
        {t(m.name)}
        {field('name')}
      </label>
      <label>
        {t(m.rank)}
        {field('rank', 'number')}
      </label>
      <label>
        {t(m.metric)}
        <select
          name="metric"
          value={draft.metric}
          onChange={(event) => setDraft({ ...draft, metric: event.target.value as 'points' | 'spend' })}
        >
          <option value="points">{t(m.metricPoints)}</option>
          <option value="spend">{t(m.metricSpend)}</option>
        </select>
      </label>
      <label>
        {t(m.threshold)}
        {field('threshold', 'number')}
      </label>
      <label>
        {t(m.windowMonths)}
        {field('months', 'number')}
      </label>
      <Button type="submit" variant="primary" data-testid="tier-create" disabled={create.isPending}>
        {t(m.create)}
      </Button>
      <SaveError error={create.error} />
    </form>
  );
}

/** Membership tiers with their rule; creates one. */
export function TiersSection() {
  const t = useT();
  const trpc = useTRPC();
  const list = useQuery(trpc.loyalty.tiers.list.queryOptions());
  return (
    <>
      <TierForm />
      <ListState query={list} testId="tiers">
        {(tiers) => (
          <table className="ui-table">
            <thead>
              <tr>
                <th scope="col">{t(m.rank)}</th>
                <th scope="col">{t(m.name)}</th>
                <th scope="col">{t(m.rule)}</th>
              </tr>
            </thead>
            <tbody>
              {tiers.map((tier) => (
                <tr key={tier.id} data-testid="tier-row">
                  <td>{tier.rank}</td>
                  <td>
                    {tier.name} <code>{tier.key}</code>
                  </td>
                  <td>
                    {t(m.tierRule, {
                      metric: t(tier.metric === 'points' ? m.metricPoints : m.metricSpend),
                      threshold: tier.threshold,
                      months: tier.windowMonths,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ListState>
    </>
  );
}
