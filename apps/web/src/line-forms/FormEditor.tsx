import { useMutation } from '@tanstack/react-query';
import { Plus, Save } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../app/ErrorNotice';
import { format, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { Button, Card, Field, useToast } from '../ui';
import { FieldEditor } from './FieldEditor';
import { newField, toFormInput, type FormDraft } from './form-draft';
import { lineFormMessages as m } from './messages';

interface FormEditorProps {
  /** The form being edited; a new one without. */
  formId: string | undefined;
  initial: FormDraft;
  onDone: () => void;
}

/** Creates or edits a LINE form: name, LIFF ID, event, and its questions. */
export function FormEditor({ formId, initial, onDone }: FormEditorProps) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const [draft, setDraft] = useState(initial);
  const saved = (form: { name: string }) => {
    toast.show(format(t(m.saved), { name: form.name }), 'success');
    onDone();
  };
  const create = useMutation(trpc.liffForms.create.mutationOptions({ onSuccess: saved }));
  const update = useMutation(trpc.liffForms.update.mutationOptions({ onSuccess: saved }));
  const pending = create.isPending || update.isPending;
  const failure = create.error ?? update.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = toFormInput(draft);
    if (formId === undefined) create.mutate(input);
    else update.mutate({ id: formId, ...input });
  };
  const set = (patch: Partial<FormDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const text = (key: 'name' | 'liffId' | 'eventName', label: string, help?: string) => (
    <Field label={label} help={help}>
      {(control) => (
        <input
          {...control}
          name={key}
          className={key === 'name' ? undefined : 'mono'}
          autoComplete="off"
          value={draft[key]}
          onChange={(event) => set({ [key]: event.target.value })}
        />
      )}
    </Field>
  );
  return (
    <Card title={formId === undefined ? t(m.editorNew) : format(t(m.editorEdit), { name: initial.name })}>
      <form className="line-form-editor" onSubmit={submit} noValidate data-testid="line-form-editor">
        <div className="line-form-editor__head">
          {text('name', t(m.name))}
          {text('liffId', t(m.liffId), t(m.liffIdHelp))}
          {text('eventName', t(m.event), t(m.eventHelp))}
        </div>
        {draft.fields.map((field, index) => (
          <FieldEditor
            key={index}
            field={field}
            index={index}
            onChange={(changed) => set({ fields: draft.fields.map((other, at) => (at === index ? changed : other)) })}
            onRemove={
              draft.fields.length > 1 ? () => set({ fields: draft.fields.filter((_, at) => at !== index) }) : undefined
            }
          />
        ))}
        <div className="line-form-editor__actions">
          <Button icon={Plus} onClick={() => set({ fields: [...draft.fields, newField('text')] })}>
            {t(m.addField)}
          </Button>
          <span className="line-form-editor__spacer" />
          <Button onClick={onDone}>{t(m.cancel)}</Button>
          <Button type="submit" variant="primary" icon={Save} disabled={pending} data-testid="save-line-form">
            {t(m.save)}
          </Button>
        </div>
      </form>
      {failure && <ErrorNotice error={failure} lead={m.saveFailed} />}
    </Card>
  );
}
