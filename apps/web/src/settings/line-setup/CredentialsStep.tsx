import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lineChannel } from '@wayfarer/channels/spec';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { Button, Field } from '../../ui';
import { channelFields, configFromForm, formFromConfig } from '../channel-fields';
import { lineSetupStrings as m } from './line-setup.i18n';

const channel = lineChannel.name;

/** Step 1: the channel id, secret and access token, saved as the LINE card saves them (secrets sealed). */
export function CredentialsStep({ stored, onDone }: { stored: Record<string, unknown> | null; onDone: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => formFromConfig(channel, stored));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const save = useMutation(trpc.channels.save.mutationOptions());
  const fields = channelFields(channel);
  const nameOf = (path: string) => {
    const field = fields.find((candidate) => candidate.path === path);
    return field === undefined ? undefined : t(field.label);
  };

  const check = (): Record<string, string> => {
    const found: Record<string, string> = {};
    for (const field of fields) {
      const value = (form[field.path] ?? '').trim();
      if (value === '') found[field.path] = t(m.required, { field: t(field.label) });
    }
    if (found.channelId === undefined && !/^\d{1,20}$/.test((form.channelId ?? '').trim())) {
      found.channelId = t(m.channelIdDigits);
    }
    return found;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(
      { channel, config: configFromForm(channel, form, stored) },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: trpc.channels.list.queryKey() });
          onDone();
        },
      },
    );
  };

  return (
    <form className="line-setup__form" onSubmit={submit} noValidate data-testid="line-setup-credentials">
      <p className="muted">{t(m.credentialsHelp)}</p>
      {fields.map((field) => (
        <Field key={field.path} label={t(field.label)} error={problems[field.path]}>
          {(control) => (
            <input
              {...control}
              name={field.path}
              type={field.kind === 'secret' ? 'password' : 'text'}
              autoComplete="off"
              placeholder={field.placeholder}
              value={form[field.path] ?? ''}
              onChange={(event) => setForm({ ...form, [field.path]: event.target.value })}
            />
          )}
        </Field>
      ))}
      {save.error && <ErrorNotice error={save.error} lead={m.saveFailed} nameOf={nameOf} />}
      <div className="settings-card__actions">
        <Button type="submit" variant="primary" disabled={save.isPending} data-testid="line-setup-save">
          {t(save.isPending ? m.saving : m.saveAndContinue)}
        </Button>
      </div>
    </form>
  );
}
