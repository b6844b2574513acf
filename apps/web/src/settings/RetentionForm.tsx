import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../app/ErrorNotice';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { Button } from '../ui';
import { retentionMessages as m } from './retention.i18n';

/** What the settings page reads: settings, bounds, look-back and recent runs. */
export type Retention = inferRouterOutputs<AppRouter>['retention']['get'];
type Field = keyof Retention['settings'];
const fields: readonly Field[] = ['eventsDays', 'stepEventsDays', 'messagesDays'];

const formOf = (settings: Retention['settings']) =>
  Object.fromEntries(fields.map((field) => [field, String(settings[field])])) as Record<Field, string>;

/** Days to keep each kind of history; the server checks the bounds and names a field it refuses. */
export function RetentionForm({ retention }: { retention: Retention }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => formOf(retention.settings));
  const [saved, setSaved] = useState(false);
  const save = useMutation(trpc.retention.save.mutationOptions());
  const nameOf = (path: string) => (fields.includes(path as Field) ? t(m[path as Field]) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const days = (field: Field) => Number(form[field]);
    save.mutate(
      { eventsDays: days('eventsDays'), stepEventsDays: days('stepEventsDays'), messagesDays: days('messagesDays') },
      {
        onSuccess: (next) => {
          setForm(formOf(next));
          setSaved(true);
          void queryClient.invalidateQueries({ queryKey: trpc.retention.get.queryKey() });
        },
      },
    );
  };

  return (
    <form className="settings-card" data-testid="retention-settings" onSubmit={submit}>
      <header className="settings-card-header">
        <h2>{t(m.settingsTitle)}</h2>
      </header>
      <div className="settings-fields">
        {fields.map((field) => (
          <label key={field} className="settings-field">
            <span>{t(m[field])}</span>
            <span className="settings-inline">
              <input
                type="number"
                name={field}
                min={retention.limits.minDays[field]}
                max={retention.limits.maxDays}
                step={1}
                value={form[field]}
                onChange={(event) => setForm({ ...form, [field]: event.target.value })}
              />
              <span>{t(m.days)}</span>
            </span>
            <small className="muted">
              {t(m.range, { min: retention.limits.minDays[field], max: retention.limits.maxDays })}
            </small>
          </label>
        ))}
      </div>
      {retention.lookBackDays > 0 && <p className="muted">{t(m.lookBack, { days: retention.lookBackDays })}</p>}
      <p className="muted">{t(m.runningKept)}</p>
      {save.error && <ErrorNotice error={save.error} lead={m.saveFailed} nameOf={nameOf} />}
      {saved && !save.error && (
        <p className="settings-notice" role="status" data-testid="retention-saved">
          {t(m.saved)}
        </p>
      )}
      <div className="settings-card__actions">
        <Button type="submit" variant="primary" data-testid="save-retention" disabled={save.isPending}>
          {t(save.isPending ? m.saving : m.save)}
        </Button>
      </div>
    </form>
  );
}
