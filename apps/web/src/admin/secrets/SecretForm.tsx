import { useMutation } from '@tanstack/react-query';
import { Save } from 'lucide-react';
import { useState, type FormEvent, type RefObject } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { format, useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { Button, Card, Field, useToast } from '../../ui';
import { secretNameProblem } from './secret-form';
import { secretMessages as m } from './secret-messages';

export interface SecretFormProps {
  name: string;
  onNameChange: (name: string) => void;
  /** Focused when a row's "Replace value" fills in the name. */
  valueRef: RefObject<HTMLInputElement | null>;
  onSaved: () => void;
}

/** Sets a secret: a new name adds it, an existing one replaces its value. The value is never read back. */
export function SecretForm({ name, onNameChange, valueRef, onSaved }: SecretFormProps) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const [value, setValue] = useState('');
  const [checked, setChecked] = useState(false);
  const set = useMutation(
    trpc.workspaceSecrets.set.mutationOptions({
      onSuccess: (saved) => {
        onNameChange('');
        setValue('');
        setChecked(false);
        toast.show(format(t(saved.replaced ? m.replaced : m.created), { name: saved.name }), 'success');
        onSaved();
      },
    }),
  );
  const nameProblem = secretNameProblem(name);
  const valueMissing = value.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (nameProblem === undefined && !valueMissing) set.mutate({ name, secretValue: value });
  };
  return (
    <Card title={t(m.formTitle)}>
      <form className="secret-form" onSubmit={submit} noValidate data-testid="secret-form">
        <Field
          label={t(m.name)}
          help={t(m.nameHelp)}
          error={checked && nameProblem !== undefined ? t(nameProblem) : undefined}
        >
          {(control) => (
            <input
              {...control}
              name="name"
              className="mono"
              autoComplete="off"
              spellCheck={false}
              value={name}
              onChange={(event) => onNameChange(event.target.value)}
              maxLength={120}
            />
          )}
        </Field>
        <Field
          label={t(m.value)}
          help={t(m.valueHelp)}
          error={checked && valueMissing ? t(m.valueRequired) : undefined}
        >
          {(control) => (
            <input
              {...control}
              ref={valueRef}
              name="secretValue"
              type="password"
              autoComplete="new-password"
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
          )}
        </Field>
        <div className="secret-form__actions">
          <Button type="submit" variant="primary" icon={Save} disabled={set.isPending} data-testid="save-secret">
            {t(m.save)}
          </Button>
        </div>
      </form>
      {set.error && <ErrorNotice error={set.error} lead={m.failed} />}
    </Card>
  );
}
