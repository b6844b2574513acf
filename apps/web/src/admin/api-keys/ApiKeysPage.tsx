import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { format, useLocale, useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { adminMessages as m } from '../messages';
import { NewKeyDialog } from './NewKeyDialog';
import { Badge, Button, Card, ConfirmDialog, Field, Page, RowActions, Select, Table, TableHead } from '../../ui';
import { Plus, RefreshCw, Ban } from 'lucide-react';
import '../admin.css';
import { ErrorNotice } from '../../app/ErrorNotice';

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
    <Card title={t(m.create)}>
      <form className="ui-form-row" onSubmit={submit} data-testid="create-key-form">
        <Field label={t(m.name)}>
          {(control) => (
            <input
              {...control}
              name="name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              required
              maxLength={100}
            />
          )}
        </Field>
        <Field label={t(m.scope)}>
          {(control) => (
            <Select
              {...control}
              name="scope"
              value={scope}
              onChange={(event) => setScope(event.target.value as Scope)}
              options={[
                { value: 'ingest', label: t(m.ingest) },
                { value: 'full', label: t(m.full) },
              ]}
            />
          )}
        </Field>
        <Button type="submit" variant="primary" icon={Plus} disabled={create.isPending}>
          {t(m.create)}
        </Button>
      </form>
      {create.error && <ErrorNotice error={create.error} lead={m.failed} />}
    </Card>
  );
}

/** `/settings/api-keys`: the workspace's keys; create (shown once), rotate and revoke. */
export function ApiKeysPage() {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [shownKey, setShownKey] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<{ kind: 'rotate' | 'revoke'; id: string; name: string } | null>(null);
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
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const dateOf = (iso: string | null) => (iso === null ? t(m.never) : when.format(new Date(iso)));
  return (
    <Page className="admin-page" width="wide" title={t(m.apiKeys)} subtitle={t(m.apiKeysSubtitle)}>
      <div className="stack">
        <CreateKeyForm
          onCreated={(key) => {
            setShownKey(key);
            void refresh();
          }}
        />
        {shownKey !== null && <NewKeyDialog apiKey={shownKey} onClose={() => setShownKey(null)} />}
        {failure && <ErrorNotice error={failure} lead={m.failed} />}
        <Table>
          <TableHead
            columns={[t(m.name), t(m.prefix), t(m.scope), t(m.created), t(m.lastUsed), t(m.status)]}
            actions={t(m.actions)}
          />
          <tbody>
            {list.data?.map((key) => (
              <tr key={key.id} data-testid="api-key-row" data-name={key.name} data-revoked={key.revokedAt !== null}>
                <td>{key.name}</td>
                <td className="nowrap">
                  <code>{key.prefix}…</code>
                </td>
                <td className="nowrap">{t(m[key.scope])}</td>
                <td className="nowrap">{dateOf(key.createdAt)}</td>
                <td className="nowrap">{dateOf(key.lastUsedAt)}</td>
                <td>
                  <Badge tone={key.revokedAt === null ? 'success' : 'neutral'} dot data-testid="api-key-status">
                    {key.revokedAt === null ? t(m.active) : t(m.revoked)}
                  </Badge>
                </td>
                <RowActions
                  actions={
                    key.revokedAt === null
                      ? [
                          {
                            label: t(m.rotate),
                            icon: RefreshCw,
                            onClick: () => setConfirming({ kind: 'rotate', id: key.id, name: key.name }),
                          },
                          {
                            label: t(m.revoke),
                            icon: Ban,
                            danger: true,
                            testId: 'revoke-key',
                            onClick: () => setConfirming({ kind: 'revoke', id: key.id, name: key.name }),
                          },
                        ]
                      : []
                  }
                />
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <ConfirmDialog
        isOpen={confirming !== null}
        title={
          confirming === null
            ? ''
            : format(t(confirming.kind === 'rotate' ? m.confirmRotate : m.confirmRevoke), { name: confirming.name })
        }
        confirmLabel={confirming?.kind === 'rotate' ? t(m.rotate) : t(m.revoke)}
        cancelLabel={t(m.cancel)}
        tone={confirming?.kind === 'revoke' ? 'danger' : 'primary'}
        confirmTestId="confirm-key-action"
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming?.kind === 'rotate') rotate.mutate({ id: confirming.id });
          if (confirming?.kind === 'revoke') revoke.mutate({ id: confirming.id });
          setConfirming(null);
        }}
      />
    </Page>
  );
}
