import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { KeyRound, PencilLine, Trash2 } from 'lucide-react';
import { useRef, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { format, useLocale, useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { ConfirmDialog, EmptyState, Page, RowActions, Table, TableHead, useToast } from '../../ui';
import '../admin.css';
import { SecretForm } from './SecretForm';
import { secretMessages as m } from './secret-messages';

type Setter = { type: 'user' | 'api_key' | 'system'; name: string | null } | null;

/** `/settings/secrets`: the workspace's secrets by name; add, replace a value, delete. */
export function SecretsPage() {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<string | null>(null);
  const valueRef = useRef<HTMLInputElement | null>(null);
  const list = useQuery(trpc.workspaceSecrets.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.workspaceSecrets.list.queryKey() });
  const remove = useMutation(
    trpc.workspaceSecrets.delete.mutationOptions({
      onSuccess: (deleted) => {
        toast.show(format(t(m.deleted), { name: deleted.name }), 'success');
        void refresh();
      },
    }),
  );
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const setterWords = (setter: Setter) => {
    if (setter === null) return t(m.notRecorded);
    if (setter.type === 'api_key')
      return setter.name === null ? t(m.notRecorded) : format(t(m.apiKey), { name: setter.name });
    return setter.name ?? t(m.removedMember);
  };
  const failure = list.error ?? remove.error;
  return (
    <Page className="admin-page" width="wide" title={t(m.title)} subtitle={t(m.subtitle)}>
      <div className="stack">
        <SecretForm name={name} onNameChange={setName} valueRef={valueRef} onSaved={() => void refresh()} />
        {failure && <ErrorNotice error={failure} lead={m.failed} />}
        {list.data?.length === 0 ? (
          <EmptyState icon={KeyRound} compact testId="secrets-empty">
            {t(m.empty)}
          </EmptyState>
        ) : (
          <Table>
            <TableHead columns={[t(m.name), t(m.setBy), t(m.lastSet)]} actions={t(m.actions)} />
            <tbody>
              {list.data?.map((secret) => (
                <tr key={secret.name} data-testid="secret-row" data-name={secret.name}>
                  <td>
                    <code>{secret.name}</code>
                  </td>
                  <td>{setterWords(secret.setBy)}</td>
                  <td className="nowrap">{when.format(new Date(secret.updatedAt))}</td>
                  <RowActions
                    actions={[
                      {
                        label: t(m.replace),
                        icon: PencilLine,
                        testId: 'replace-secret',
                        onClick: () => {
                          setName(secret.name);
                          valueRef.current?.focus();
                        },
                      },
                      {
                        label: t(m.delete),
                        icon: Trash2,
                        danger: true,
                        testId: 'delete-secret',
                        onClick: () => setDeleting(secret.name),
                      },
                    ]}
                  />
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </div>
      <ConfirmDialog
        isOpen={deleting !== null}
        title={deleting === null ? '' : format(t(m.confirmDelete), { name: deleting })}
        confirmLabel={t(m.delete)}
        cancelLabel={t(m.cancel)}
        tone="danger"
        confirmTestId="confirm-delete-secret"
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting !== null) remove.mutate({ name: deleting });
          setDeleting(null);
        }}
      />
    </Page>
  );
}
