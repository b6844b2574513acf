import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';
import { useState, type FormEvent } from 'react';
import { SaveFooter } from './SaveFooter';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { readRetentionForm, retentionFields, retentionFormOf, type RetentionField } from './retention-form';
import { retentionMessages as m } from './retention.i18n';

/** What the settings page reads: settings, bounds, look-back and recent runs. */
export type Retention = inferRouterOutputs<AppRouter>['retention']['get'];

/**
 * Days to keep each kind of history, checked against the server's bounds before saving (the
 * browser's own validation is off: its bubbles follow the browser's language, not the app's).
 */
export function RetentionForm({ retention }: { retention: Retention }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => retentionFormOf(retention.settings));
  const [invalid, setInvalid] = useState<RetentionField | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation(trpc.retention.save.mutationOptions());
  const nameOf = (path: string) =>
    retentionFields.includes(path as RetentionField) ? t(m[path as RetentionField]) : undefined;
  const { minDays, maxDays } = retention.limits;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const read = readRetentionForm(form, retention.limits);
    setInvalid(read.ok ? null : read.field);
    if (!read.ok) return;
    save.mutate(read.settings, {
      onSuccess: (next) => {
        setForm(retentionFormOf(next));
        setSaved(true);
        void queryClient.invalidateQueries({ queryKey: trpc.retention.get.queryKey() });
      },
    });
  };

  return (
    <form className="settings-card" data-testid="retention-settings" onSubmit={submit} noValidate>
      <header className="settings-card-header">
        <h2>{t(m.settingsTitle)}</h2>
      </header>
      <div className="settings-fields">
        {retentionFields.map((field) => (
          <label key={field} className="settings-field">
            <span>{t(m[field])}</span>
            <span className="settings-inline">
              <input
                type="number"
                name={field}
                min={minDays[field]}
                max={maxDays}
                aria-invalid={invalid === field}
                step={1}
                value={form[field]}
                onChange={(event) => setForm({ ...form, [field]: event.target.value })}
              />
              <span>{t(m.days)}</span>
            </span>
            <small className="muted">{t(m.range, { min: minDays[field], max: maxDays })}</small>
          </label>
        ))}
      </div>
      {retention.lookBackDays > 0 && <p className="muted">{t(m.lookBack, { days: retention.lookBackDays })}</p>}
      <p className="muted">{t(m.runningKept)}</p>
      {invalid !== null && (
        <p className="settings-notice is-error" role="alert">
          {t(m.outOfRange, { field: t(m[invalid]), min: minDays[invalid], max: maxDays })}
        </p>
      )}
      <SaveFooter
        error={save.error}
        saved={saved}
        pending={save.isPending}
        nameOf={nameOf}
        saveTestId="save-retention"
        savedTestId="retention-saved"
      />
    </form>
  );
}
