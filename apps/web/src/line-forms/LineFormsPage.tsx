import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ClipboardList, Copy, PencilLine, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { ErrorNotice } from '../app/ErrorNotice';
import { format, useLocale, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { Button, ConfirmDialog, EmptyState, Page, RowActions, Table, TableHead, useToast } from '../ui';
import { FormEditor } from './FormEditor';
import { draftOf, newDraft, type LineForm } from './form-draft';
import { lineFormMessages as m } from './messages';
import './line-forms.css';

type Editing = { form: LineForm | undefined } | null;

const pageUrl = (form: LineForm) => `${window.location.origin}${form.pagePath}`;

/** `/settings/line-forms`: the workspace's LINE (LIFF) forms; add, edit, delete, copy a page address. */
export function LineFormsPage() {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<LineForm | null>(null);
  const list = useQuery(trpc.liffForms.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.liffForms.list.queryKey() });
  const remove = useMutation(
    trpc.liffForms.remove.mutationOptions({
      onSuccess: () => {
        toast.show(format(t(m.deleted), { name: deleting?.name ?? '' }), 'success');
        void refresh();
      },
    }),
  );
  const copy = (form: LineForm) =>
    void navigator.clipboard?.writeText(pageUrl(form)).then(() => toast.show(t(m.copied), 'success'));
  const { locale } = useLocale();
  const questions = (form: LineForm) => form.fields.map((field) => field.label[locale] ?? field.label.en).join(' · ');
  return (
    <Page
      className="line-forms-page"
      width="wide"
      title={t(m.title)}
      subtitle={t(m.subtitle)}
      actions={
        editing !== null ? undefined : (
          <Button
            variant="primary"
            icon={Plus}
            onClick={() => setEditing({ form: undefined })}
            data-testid="new-line-form"
          >
            {t(m.newForm)}
          </Button>
        )
      }
    >
      <div className="stack">
        {editing !== null && (
          <FormEditor
            formId={editing.form?.id}
            initial={editing.form ? draftOf(editing.form) : newDraft()}
            onDone={() => {
              setEditing(null);
              void refresh();
            }}
          />
        )}
        {(list.error ?? remove.error) && <ErrorNotice error={list.error ?? remove.error} lead={m.failed} />}
        {list.isPending ? (
          <p className="muted" role="status">
            {t(m.loading)}
          </p>
        ) : list.data?.length === 0 ? (
          <EmptyState icon={ClipboardList} compact testId="line-forms-empty">
            {t(m.empty)}
          </EmptyState>
        ) : (
          <Table>
            <TableHead columns={[t(m.name), t(m.fields), t(m.event), t(m.page)]} actions={t(m.actions)} />
            <tbody>
              {list.data?.map((form) => (
                <tr key={form.id} data-testid="line-form-row">
                  <td>{form.name}</td>
                  <td className="line-forms-page__questions">{questions(form)}</td>
                  <td>
                    <code>{form.eventName}</code>
                  </td>
                  <td>
                    <div className="line-forms-page__address">
                      <a href={form.pagePath} target="_blank" rel="noreferrer">
                        <code>{form.pagePath.slice(0, 12)}…</code>
                      </a>
                      <Button size="sm" variant="ghost" icon={Copy} onClick={() => copy(form)}>
                        {t(m.copy)}
                      </Button>
                    </div>
                  </td>
                  <RowActions
                    actions={[
                      {
                        label: t(m.edit),
                        icon: PencilLine,
                        testId: 'edit-line-form',
                        onClick: () => setEditing({ form }),
                      },
                      { label: t(m.delete), icon: Trash2, danger: true, onClick: () => setDeleting(form) },
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
        title={deleting === null ? '' : format(t(m.confirmDelete), { name: deleting.name })}
        confirmLabel={t(m.delete)}
        cancelLabel={t(m.cancel)}
        tone="danger"
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting !== null) remove.mutate({ id: deleting.id });
        }}
      />
    </Page>
  );
}
