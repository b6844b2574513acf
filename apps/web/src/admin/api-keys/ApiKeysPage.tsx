import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { format, useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { adminMessages as m } from '../messages';
import { NewKeyDialog } from './NewKeyDialog';
import '../../app/page.css';
import '../admin.css';

type Scope = 'ingest' | 'full';

function CreateKeyForm({ onCreated }: { onCreated: (key: string) => void }) {
  const t = useT();
  const trpc = useTRPC();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<Scope>('ingest');
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      onSuccess: (created) => {
        setName('');
        onCreated(created.key);
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, scope });
  };
  return (
    <form className="admin-form" onSubmit={submit} data-testid="create-key-form">
      <input
        name="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        placeholder={t(m.name)}
        required
        maxLength={100}
      />
      <select
        name="scope"
        value={scope}
        onChange={(event) => setScope(event.target.value as Scope)}
        aria-label={t(m.scope)}
      >
        <option value="ingest">{t(m.ingest)}</option>
        <option value="full">{t(m.full)}</option>
      </select>
      <button type="submit" className="button--primary" disabled={create.isPending}>
        {t(m.create)}
      </button>
      {create.error && <p role="alert">{format(t(m.failed), { message: create.error.message })}</p>}
    </form>
  );
}

/** `/settings/api-keys`: the workspace's keys; create (shown once), rotate and revoke. */
export function ApiKeysPage() {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [shownKey, setShownKey] = useState<string | null>(null);
  const list = useQuery(trpc.apiKeys.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() });
  const revoke = useMutation(trpc.apiKeys.revoke.mutationOptions({ onSuccess: () => void refresh() }));
  const rotate = useMutation(
    trpc.apiKeys.rotate.mutationOptions({
      onSuccess: (rotated) => {
        setShownKey(rotated.key);
        void refresh();
      },
    }),
  );
  const failure = revoke.error ?? rotate.error ?? list.error;
  const dateOf = (iso: string | null) => (iso === null ? t(m.never) : new Date(iso).toLocaleString());
  return (
    <main className="settings-page admin-page">
      <header className="page-header">
        <div>
          <h1>{t(m.apiKeys)}</h1>
          <p className="page-subtitle">{t(m.apiKeysSubtitle)}</p>
        </div>
      </header>
      <CreateKeyForm
        onCreated={(key) => {
          setShownKey(key);
          void refresh();
        }}
      />
      {shownKey !== null && <NewKeyDialog apiKey={shownKey} onClose={() => setShownKey(null)} />}
      {failure && <p role="alert">{format(t(m.failed), { message: failure.message })}</p>}
      <table className="admin-table">
        <thead>
          <tr>
            <th>{t(m.name)}</th>
            <th>{t(m.prefix)}</th>
            <th>{t(m.scope)}</th>
            <th>{t(m.created)}</th>
            <th>{t(m.lastUsed)}</th>
            <th>{t(m.status)}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.data?.map((key) => (
            <tr key={key.id} data-testid="api-key-row" data-name={key.name} data-revoked={key.revokedAt !== null}>
              <td>{key.name}</td>
              <td>
                <code>{key.prefix}…</code>
              </td>
              <td>{t(m[key.scope])}</td>
              <td>{dateOf(key.createdAt)}</td>
              <td>{dateOf(key.lastUsedAt)}</td>
              <td data-testid="api-key-status">{key.revokedAt === null ? t(m.active) : t(m.revoked)}</td>
              <td className="admin-row-actions">
                {key.revokedAt === null && (
                  <>
                    <button
                      type="button"
                      onClick={() =>
                        window.confirm(format(t(m.confirmRotate), { name: key.name })) && rotate.mutate({ id: key.id })
                      }
                    >
                      {t(m.rotate)}
                    </button>
                    <button
                      type="button"
                      data-testid="revoke-key"
                      onClick={() =>
                        window.confirm(format(t(m.confirmRevoke), { name: key.name })) && revoke.mutate({ id: key.id })
                      }
                    >
                      {t(m.revoke)}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
