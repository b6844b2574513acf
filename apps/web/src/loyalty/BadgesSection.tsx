import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../app/i18n';
import { Button } from '../ui';
import { useTRPC } from '../app/trpc';
import { ListState } from './ListState';
import { rewardsMessages as m } from './messages';
import { SaveError } from './SaveError';
import { useRefreshLoyalty } from './use-loyalty';

function BadgeForm() {
  const t = useT();
  const trpc = useTRPC();
  const refresh = useRefreshLoyalty();
  const [draft, setDraft] = useState({ key: '', name: '', description: '' });
  const create = useMutation(trpc.loyalty.badges.create.mutationOptions({ onSuccess: refresh }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(draft, { onSuccess: () => setDraft({ key: '', name: '', description: '' }) });
  };
  const input = (field: keyof typeof draft) => (
    <input
      name={field}
      value={draft[field]}
      onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
    />
  );
  return (
    <form className="rewards-form" data-testid="badge-form" onSubmit={submit}>
      <label>
        {t(m.key)}
        {input('key')}
      </label>
      <label>
        {t(m.name)}
        {input('name')}
      </label>
      <label>
        {t(m.description)}
        {input('description')}
      </label>
      <Button type="submit" variant="primary" data-testid="badge-create" disabled={create.isPending}>
        {t(m.create)}
      </Button>
      <SaveError error={create.error} />
    </form>
  );
}

/** The workspace's badges; creates one. */
export function BadgesSection() {
  const t = useT();
  const trpc = useTRPC();
  const list = useQuery(trpc.loyalty.badges.list.queryOptions());
  return (
    <>
      <BadgeForm />
      <ListState query={list} testId="badges">
        {(badges) => (
          <table className="ui-table">
            <thead>
              <tr>
                <th scope="col">{t(m.key)}</th>
                <th scope="col">{t(m.name)}</th>
                <th scope="col">{t(m.description)}</th>
              </tr>
            </thead>
            <tbody>
              {badges.map((badge) => (
                <tr key={badge.id} data-testid="badge-row">
                  <td>
                    <code>{badge.key}</code>
                  </td>
                  <td>{badge.name}</td>
                  <td className="muted">{badge.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ListState>
    </>
  );
}
